package com.smartpick.advising.smartpick.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one application season charges and allows: which service each specialty applies through, its fees, its USMLE
 * transcript fee (charged once a season) and its signals. Read from {@value #RESOURCE}; a new season is a new file,
 * since every one of these figures changes from season to season.
 */
public final class Season {

    public static final String RESOURCE = "advising/smartpick/season.properties";
    /** Applications for the Match of year Y open in June of year Y - 1 (ERAS and ResidencyCAS alike). */
    private static final Month APPLICATIONS_OPEN = Month.JUNE;

    private final int matchYear;
    private final Map<ApplicationService, FeeSchedule> fees = new EnumMap<>(ApplicationService.class);
    private final Map<ApplicationService, Integer> transcriptFees = new EnumMap<>(ApplicationService.class);
    private final Map<Specialty, ApplicationService> services = new EnumMap<>(Specialty.class);
    private final Map<Specialty, SignalAllowance> signals = new EnumMap<>(Specialty.class);
    private final Map<String, String> sources;

    private Season(SourcedValues values) {
        Set<String> expected = new HashSet<>();
        matchYear = values.whole(read(expected, "season.matchYear"));
        for (ApplicationService service : ApplicationService.values()) {
            String prefix = service.key() + ".";
            fees.put(service, new FeeSchedule(values.whole(read(expected, prefix + "flatFee")),
                    values.whole(read(expected, prefix + "flatPrograms")), values.whole(read(expected, prefix + "feeEach")),
                    values.whole(read(expected, prefix + "feeEachUpTo")), values.whole(read(expected, prefix + "laterFee"))));
            transcriptFees.put(service, values.whole(read(expected, prefix + "usmleTranscriptFee")));
        }
        for (Specialty specialty : Specialty.values()) {
            String prefix = "specialty." + specialty.name() + ".";
            String service = values.text(read(expected, prefix + "service"));
            try {
                services.put(specialty, ApplicationService.valueOf(service));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("season: " + prefix + "service must be one of "
                        + List.of(ApplicationService.values()) + ", not " + service, e);
            }
            signals.put(specialty, new SignalAllowance(values.whole(read(expected, prefix + "signalsPrimary")),
                    values.whole(read(expected, prefix + "signalsSecondary"))));
        }
        values.requireOnly(expected);
        sources = values.sources();
    }

    private static String read(Set<String> expected, String key) {
        expected.add(key);
        return key;
    }

    public static Season loadDefault() {
        try (InputStream in = SourcedValues.resource(RESOURCE)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Season load(InputStream in) {
        return new Season(SourcedValues.read("season", in));
    }

    /** The Match whose applications are under way on this day: from June, next year's. */
    public static int matchYearOn(LocalDate day) {
        return day.getMonth().compareTo(APPLICATIONS_OPEN) >= 0 ? day.getYear() + 1 : day.getYear();
    }

    /**
     * Whether a cohort's match season (free text on the cohort, "2027 Main Residency Match") is the Match of
     * {@code matchYear}: it names that year.
     */
    public static boolean names(@Nullable String cohortSeason, int matchYear) {
        return cohortSeason != null && cohortSeason.contains(Integer.toString(matchYear));
    }

    /** The year applications went out for the Match under way on this day. */
    public static int applicationYearOn(LocalDate day) {
        return matchYearOn(day) - 1;
    }

    public int matchYear() {
        return matchYear;
    }

    public ApplicationService serviceOf(Specialty specialty) {
        return services.get(specialty);
    }

    public FeeSchedule feesOf(Specialty specialty) {
        return fees.get(serviceOf(specialty));
    }

    /** Charged once a season by each service, however many programs and specialties. */
    public int transcriptFeeOf(Specialty specialty) {
        return transcriptFees.get(serviceOf(specialty));
    }

    public SignalAllowance signalsOf(Specialty specialty) {
        return signals.get(specialty);
    }

    public Map<String, String> sources() {
        return Collections.unmodifiableMap(sources);
    }
}
