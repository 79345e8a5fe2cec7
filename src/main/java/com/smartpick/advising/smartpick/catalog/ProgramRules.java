package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.base.UserText;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Program;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules a catalog program keeps, each message keyed by its CSV column ({@link CatalogCsv#HEADER}), so the edit
 * form shows it beside the field and the import beside the line and column. The database checks the same bounds.
 */
public final class ProgramRules {

    public static final int MAX_CODE = 40;
    public static final int MAX_NAME = 200;
    public static final int MAX_CITY = 100;
    public static final int MAX_POSITIONS = 500;
    public static final int MAX_YOG_LIMIT = 60;
    public static final int MAX_ATTEMPTS = 10;
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 300;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_CODE - 1) + "}");

    private ProgramRules() {
    }

    /** @return column name → message, empty when the draft keeps every rule */
    public static Map<String, String> check(ProgramDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.code().isBlank()) {
            errors.put("id", "Give the program id, e.g. IM-0042.");
        } else if (!CODE.matcher(d.code()).matches()) {
            errors.put("id", "A program id is 1 to " + MAX_CODE
                    + " letters, digits, dots, dashes or underscores, starting with a letter or digit.");
        }
        text(errors, "name", "the program's name", d.name(), MAX_NAME);
        if (d.specialty() == null) {
            errors.put("specialty", "Choose the specialty.");
        }
        text(errors, "institution", "the sponsoring institution", d.institution(), MAX_NAME);
        text(errors, "city", "the city", d.city(), MAX_CITY);
        Optional<CensusDivision> division = CensusDivision.ofState(d.state());
        if (d.state().isBlank()) {
            errors.put("state", "Give the state as its two-letter code, e.g. NY.");
        } else if (d.state().length() != 2 || division.isEmpty()) {
            errors.put("state", "\"" + UserText.excerpt(d.state()) + "\" is not a US state code (two letters, DC included).");
        }
        if (d.division() == null) {
            errors.put("census_division", "Give the census division.");
        } else if (division.isPresent() && division.get() != d.division()) {
            errors.put("census_division", d.state().toUpperCase(Locale.ROOT) + " lies in "
                    + division.get().name() + ", not " + d.division().name() + ".");
        }
        if (d.type() == null) {
            errors.put("type", "Choose the program type.");
        }
        required(errors, "positions", "the number of positions", d.positions(), 1, MAX_POSITIONS);
        required(errors, "percent_img", "the percent of IMG residents", d.percentImg(), 0, 100);
        optional(errors, "min_step2_ck", "A Step 2 CK minimum", d.minStep2Ck(), MIN_SCORE, MAX_SCORE);
        optional(errors, "yog_limit_years", "A graduation-year limit", d.yogLimitYears(), 0, MAX_YOG_LIMIT);
        optional(errors, "max_attempts", "The attempts accepted", d.maxAttempts(), 1, MAX_ATTEMPTS);
        optional(errors, "median_step2_ck", "A median Step 2 CK", d.medianStep2Ck(), MIN_SCORE, MAX_SCORE);
        return errors;
    }

    /** The program of a draft that {@link #check} passed, its text trimmed, its id and state in capitals. */
    public static Program program(ProgramDraft d) {
        return new Program(UserText.line(d.code()).toUpperCase(Locale.ROOT), UserText.line(d.name()),
                Objects.requireNonNull(d.specialty()), UserText.line(d.institution()), UserText.line(d.city()),
                UserText.line(d.state()).toUpperCase(Locale.ROOT),
                Objects.requireNonNull(d.division()), Objects.requireNonNull(d.type()),
                Objects.requireNonNull(d.positions()), Objects.requireNonNull(d.percentImg()), d.sponsorsJ1(),
                d.sponsorsH1b(), d.minStep2Ck(), d.yogLimitYears(), d.usceRequired(), d.maxAttempts(),
                d.medianStep2Ck());
    }

    private static void text(Map<String, String> errors, String column, String what, String value, int max) {
        if (value.isBlank()) {
            errors.put(column, "Give " + what + ".");
        } else if (value.strip().length() > max) {
            errors.put(column, "Keep " + what + " within " + max + " characters.");
        } else if (UserText.hasHidden(value)) {
            errors.put(column, "Write " + what + " on one line, without control characters.");
        }
    }

    private static void required(Map<String, String> errors, String column, String what, @Nullable Integer value,
            int min, int max) {
        if (value == null) {
            errors.put(column, "Give " + what + ".");
        } else if (value < min || value > max) {
            errors.put(column, "Give " + what + " between " + min + " and " + max + ".");
        }
    }

    private static void optional(Map<String, String> errors, String column, String what, @Nullable Integer value,
            int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.put(column, what + " is between " + min + " and " + max + ", or left empty.");
        }
    }
}
