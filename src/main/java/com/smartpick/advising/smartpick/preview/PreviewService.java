package com.smartpick.advising.smartpick.preview;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.smartpick.catalog.CompiledEngine;
import com.smartpick.advising.smartpick.catalog.SmartPickRuns;
import com.smartpick.advising.smartpick.engine.Applicant;
import com.smartpick.advising.smartpick.engine.Budget;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Season;
import com.smartpick.advising.smartpick.engine.SettingPreference;
import com.smartpick.advising.smartpick.engine.SmartPick;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Runs SmartPick for a visitor without an account. Nothing is stored and nothing about the visitor is logged: the
 * profile lives only for the run. Inputs are bounded so no request costs more than a normal run, and each client
 * gets a few previews a minute ({@link PreviewRateLimiter}).
 */
@Service
public class PreviewService {

    public static final int MIN_GRADUATION_YEAR = 1970;
    /** Applicants may try it while still in medical school, up to this many years before graduating. */
    public static final int YEARS_BEFORE_GRADUATION = 6;
    public static final int MIN_SCORE = Applicant.MIN_STEP2_SCORE;
    public static final int MAX_SCORE = Applicant.MAX_STEP2_SCORE;
    public static final int MAX_ATTEMPTS = 6;
    public static final int MAX_USCE_MONTHS = 60;
    public static final int MAX_LETTERS = 10;
    public static final int MAX_RESEARCH = 100;
    public static final int MAX_APPLICATIONS = 150;
    public static final int TOP_ENTRIES = 10;

    private final CompiledEngine engine;
    private final SmartPickRuns runs;
    private final PreviewRateLimiter rateLimiter;
    private final Clock clock;

    PreviewService(CompiledEngine engine, SmartPickRuns runs, PreviewRateLimiter rateLimiter, Clock clock) {
        this.engine = engine;
        this.runs = runs;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    /**
     * A preview list for the profile, the whole result of the engine (the page shows its top entries).
     *
     * @param client the client's address, for the rate limit only
     * @throws TooManyPreviewsException when the client has used up its previews for now
     * @throws InvalidInputException naming each field that is missing or out of bounds
     */
    public SmartPickResult preview(String client, TryProfile profile) {
        long wait = rateLimiter.acquire(client);
        if (wait > 0) {
            throw new TooManyPreviewsException(wait);
        }
        int thisYear = Year.now(clock).getValue();
        Map<String, String> errors = check(profile, thisYear);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int attempts = Objects.requireNonNull(profile.attempts());
        Applicant applicant = new Applicant(Objects.requireNonNull(profile.graduationYear()), true, true, attempts,
                profile.step2Ck(), profile.step2Ck() == null ? 0 : attempts, false,
                Objects.requireNonNull(profile.visaNeed()), List.of(Objects.requireNonNull(profile.specialty())),
                profile.preferredDivisions(), SettingPreference.ANY, Objects.requireNonNull(profile.researchItems()),
                Objects.requireNonNull(profile.handsOnUsceMonths()), Objects.requireNonNull(profile.observershipMonths()),
                Objects.requireNonNull(profile.usLetters()), Set.of(), Season.applicationYearOn(LocalDate.now(clock)));
        SmartPick smartPick = engine.current().engine();
        return runs.rank(SmartPickRuns.Caller.TRY, smartPick, applicant, smartPick.defaultOptions(applicant,
                Budget.applications(Objects.requireNonNull(profile.applications()))));
    }

    /**
     * What {@link #preview} would refuse in the profile, without spending a preview: a message for each field that is
     * missing or out of bounds; empty when there is none.
     */
    public Map<String, String> problems(TryProfile profile) {
        return check(profile, Year.now(clock).getValue());
    }

    static Map<String, String> check(TryProfile p, int thisYear) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (p.specialty() == null) {
            errors.put("specialty", "Choose the specialty you are applying to.");
        }
        if (p.step2Ck() != null && (p.step2Ck() < MIN_SCORE || p.step2Ck() > MAX_SCORE)) {
            errors.put("step2Ck", "A Step 2 CK score is between " + MIN_SCORE + " and " + MAX_SCORE
                    + "; leave it empty if you have none yet.");
        }
        bounded(errors, "attempts", p.attempts(), 1, MAX_ATTEMPTS, "Give the most attempts on any USMLE Step");
        bounded(errors, "graduationYear", p.graduationYear(), MIN_GRADUATION_YEAR, thisYear + YEARS_BEFORE_GRADUATION,
                "Give your year of graduation");
        if (p.visaNeed() == null) {
            errors.put("visaNeed", "Choose the visa you need (or none).");
        }
        bounded(errors, "handsOnUsceMonths", p.handsOnUsceMonths(), 0, MAX_USCE_MONTHS,
                "Give your months of hands-on US clinical experience");
        bounded(errors, "observershipMonths", p.observershipMonths(), 0, MAX_USCE_MONTHS,
                "Give your months of US observerships");
        bounded(errors, "usLetters", p.usLetters(), 0, MAX_LETTERS, "Give your letters from US physicians");
        bounded(errors, "researchItems", p.researchItems(), 0, MAX_RESEARCH, "Give your research items");
        if (p.preferredDivisions().size() > CensusDivision.MAX_PREFERRED) {
            errors.put("preferredDivisions", "Choose at most " + CensusDivision.MAX_PREFERRED + " regions, as in ERAS.");
        }
        bounded(errors, "applications", p.applications(), 1, MAX_APPLICATIONS, "Give how many programs you can apply to");
        return errors;
    }

    private static void bounded(Map<String, String> errors, String field, @Nullable Integer value, int min, int max,
            String ask) {
        if (value == null || value < min || value > max) {
            errors.put(field, ask + ", from " + min + " to " + max + ".");
        }
    }
}
