package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.ProgramType;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic residency catalog, the same for the same seed (it draws from {@link Random}, whose
 * algorithm Java specifies). About 6,600 programs, the number of residency programs taking ERAS
 * applications, spread over SmartPick's specialties in proportion to their ACGME program counts;
 * states weighted by population; types, positions, visa sponsorship and IMG shares drawn per
 * specialty from {@link SpecialtyProfile}. Community programs carry more IMGs than university
 * ones, as the APDIM surveys report for internal medicine (55-70% vs. 22-30% of PGY-1 posts).
 * Not real programs: demo and benchmark data only.
 *
 * <p>Write it as CSV: {@code java ... SyntheticCatalog [seed] [file.csv]}.
 */
public final class SyntheticCatalog {

    public static final int DEFAULT_SIZE = 6_600;
    public static final long DEFAULT_SEED = 2026L;

    private static final String[] PATRONS = {"Mercy", "St. Mary's", "St. Joseph's", "Providence", "Baptist",
        "Methodist", "Presbyterian", "Good Samaritan", "Sinai", "Trinity", "Lutheran", "Adventist", "Christ",
        "Holy Cross", "St. Luke's", "Memorial"};
    private static final int TOTAL_POPULATION = UsState.ALL.stream().mapToInt(UsState::population).sum();

    private final Random random;

    private SyntheticCatalog(long seed) {
        random = new Random(seed);
    }

    public static List<Program> generate(long seed) {
        return generate(seed, DEFAULT_SIZE);
    }

    public static List<Program> generate(long seed, int size) {
        return new SyntheticCatalog(seed).programs(size);
    }

    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : DEFAULT_SEED;
        Path file = Path.of(args.length > 1 ? args[1] : "synthetic-catalog.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CatalogCsv.write(generate(seed), out);
        }
    }

    private List<Program> programs(int size) {
        int[] counts = countsBySpecialty(size);
        List<Program> programs = new ArrayList<>(size);
        for (int s = 0; s < counts.length; s++) {
            SpecialtyProfile profile = SpecialtyProfile.ALL.get(s);
            for (int n = 1; n <= counts[s]; n++) {
                programs.add(program(profile, n));
            }
        }
        return programs;
    }

    /** Shares of {@code size} by program weight, largest remainders first, so they add up exactly. */
    private static int[] countsBySpecialty(int size) {
        List<SpecialtyProfile> profiles = SpecialtyProfile.ALL;
        int weight = profiles.stream().mapToInt(SpecialtyProfile::programs).sum();
        int[] counts = new int[profiles.size()];
        double[] remainders = new double[profiles.size()];
        int assigned = 0;
        for (int s = 0; s < counts.length; s++) {
            double exact = (double) size * profiles.get(s).programs() / weight;
            counts[s] = (int) exact;
            remainders[s] = exact - counts[s];
            assigned += counts[s];
        }
        for (; assigned < size; assigned++) {
            int largest = 0;
            for (int s = 1; s < counts.length; s++) {
                if (remainders[s] > remainders[largest]) {
                    largest = s;
                }
            }
            counts[largest]++;
            remainders[largest] = -1;
        }
        return counts;
    }

    private Program program(SpecialtyProfile profile, int number) {
        UsState state = state();
        String city = state.cities().get(random.nextInt(state.cities().size()));
        ProgramType type = type(profile);
        String institution = institution(type, city);
        int imgPercent = imgPercent(profile, type);
        // a program with no IMG residents is less likely to have set up visa sponsorship
        double visaFactor = imgPercent == 0 ? 0.4 : 1.0;
        boolean j1 = random.nextDouble() < profile.j1Rate() * visaFactor;
        boolean h1b = random.nextDouble() < profile.h1bRate() * visaFactor;
        int median = profile.medianStep2() + switch (type) {
            case UNIVERSITY -> 5;
            case UNIVERSITY_AFFILIATED -> 0;
            case COMMUNITY -> -6;
        } + (int) Math.round(random.nextGaussian() * 4);
        double size = type == ProgramType.UNIVERSITY ? 1.3 : type == ProgramType.COMMUNITY ? 0.8 : 1.0;
        int positions = Math.max(1, (int) Math.round(profile.positions() * size * lognormal(0.45)));
        return new Program(
                "%s-%04d".formatted(profile.code(), number),
                institution + " " + profile.specialty().displayName() + " Residency",
                profile.specialty(),
                institution,
                city,
                state.code(),
                CensusDivision.ofState(state.code()).orElseThrow(),
                type,
                positions,
                imgPercent,
                j1,
                h1b,
                chance(0.25) ? Integer.valueOf(5 * Math.round((median - 20) / 5f)) : null,
                yogLimit(),
                chance(imgPercent > 20 ? 0.30 : 0.10),
                maxAttempts(),
                chance(0.55) ? Integer.valueOf(median) : null);
    }

    private UsState state() {
        int pick = random.nextInt(TOTAL_POPULATION);
        for (UsState state : UsState.ALL) {
            pick -= state.population();
            if (pick < 0) {
                return state;
            }
        }
        throw new IllegalStateException("population weights do not add up");
    }

    private ProgramType type(SpecialtyProfile profile) {
        double draw = random.nextDouble();
        if (draw < profile.university()) {
            return ProgramType.UNIVERSITY;
        }
        return draw < profile.university() + profile.affiliated() ? ProgramType.UNIVERSITY_AFFILIATED
                : ProgramType.COMMUNITY;
    }

    private String institution(ProgramType type, String city) {
        String patron = PATRONS[random.nextInt(PATRONS.length)];
        return switch (type) {
            case UNIVERSITY -> random.nextBoolean() ? city + " University Medical Center" : "University Hospital of " + city;
            case UNIVERSITY_AFFILIATED -> patron + " Hospital " + city;
            case COMMUNITY -> random.nextBoolean() ? city + " Community Hospital" : patron + " Regional Medical Center " + city;
        };
    }

    /**
     * IMG share: zero for a part of programs that shrinks as the specialty opens to IMGs, otherwise
     * the specialty mean scaled by type (community 1.5x, university 0.6x) with log-normal spread.
     */
    private int imgPercent(SpecialtyProfile profile, ProgramType type) {
        double mean = profile.imgPercent();
        if (chance(Math.max(0.05, 0.5 - mean / 100))) {
            return 0;
        }
        double byType = switch (type) {
            case UNIVERSITY -> 0.6;
            case UNIVERSITY_AFFILIATED -> 1.0;
            case COMMUNITY -> 1.5;
        };
        return (int) Math.min(90, Math.round(mean * byType * lognormal(0.35)));
    }

    private @Nullable Integer yogLimit() {
        double draw = random.nextDouble();
        if (draw < 0.15) {
            return 3;
        }
        if (draw < 0.32) {
            return 5;
        }
        return draw < 0.40 ? 10 : null;
    }

    private @Nullable Integer maxAttempts() {
        double draw = random.nextDouble();
        if (draw < 0.25) {
            return 1;
        }
        return draw < 0.40 ? 2 : null;
    }

    /** A log-normal factor with median 1 (mean slightly above). */
    private double lognormal(double sigma) {
        return Math.exp(random.nextGaussian() * sigma);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
