package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.Specialty;
import java.util.List;

/**
 * How programs of one specialty look, for the generator. Approximate public figures: program
 * counts near ACGME's 2024-25 numbers, positions per program from NRMP 2024 positions divided by
 * programs, IMG shares near the NRMP 2024 shares of PGY-1 posts filled by IMGs; sponsorship rates,
 * type mixes and Step 2 CK medians are estimates.
 *
 * @param programs relative weight of the specialty in the catalog (about its ACGME program count)
 * @param positions mean positions per program
 * @param imgPercent mean percent of IMG residents per program
 * @param j1Rate share of programs sponsoring J-1
 * @param h1bRate share of programs sponsoring H-1B
 * @param university share of university programs
 * @param affiliated share of university-affiliated programs (the rest are community)
 * @param medianStep2 the median Step 2 CK of an affiliated program
 */
record SpecialtyProfile(Specialty specialty, String code, int programs, double positions, double imgPercent,
        double j1Rate, double h1bRate, double university, double affiliated, int medianStep2) {

    static final List<SpecialtyProfile> ALL = List.of(
            new SpecialtyProfile(Specialty.INTERNAL_MEDICINE, "IM", 650, 16, 43, 0.85, 0.40, 0.30, 0.30, 245),
            new SpecialtyProfile(Specialty.FAMILY_MEDICINE, "FM", 790, 7, 32, 0.70, 0.30, 0.10, 0.35, 238),
            new SpecialtyProfile(Specialty.PEDIATRICS, "PD", 230, 13, 24, 0.80, 0.35, 0.45, 0.30, 242),
            new SpecialtyProfile(Specialty.PSYCHIATRY, "PSY", 330, 7, 17, 0.70, 0.30, 0.40, 0.30, 243),
            new SpecialtyProfile(Specialty.NEUROLOGY, "NEU", 180, 6, 30, 0.85, 0.40, 0.65, 0.25, 246),
            new SpecialtyProfile(Specialty.PATHOLOGY, "PTH", 140, 4, 37, 0.85, 0.40, 0.70, 0.20, 240),
            new SpecialtyProfile(Specialty.GENERAL_SURGERY, "GS", 350, 5, 12, 0.55, 0.25, 0.40, 0.30, 252),
            new SpecialtyProfile(Specialty.EMERGENCY_MEDICINE, "EM", 290, 10, 15, 0.40, 0.15, 0.35, 0.35, 248),
            new SpecialtyProfile(Specialty.OBSTETRICS_GYNECOLOGY, "OB", 300, 5, 8, 0.45, 0.15, 0.40, 0.30, 250),
            new SpecialtyProfile(Specialty.ANESTHESIOLOGY, "AN", 170, 12, 9, 0.50, 0.20, 0.65, 0.25, 252),
            new SpecialtyProfile(Specialty.DIAGNOSTIC_RADIOLOGY, "DR", 200, 6, 10, 0.60, 0.25, 0.60, 0.25, 255),
            new SpecialtyProfile(Specialty.PHYSICAL_MEDICINE_REHABILITATION, "PMR", 100, 5, 10, 0.50, 0.20, 0.55,
                    0.30, 246),
            new SpecialtyProfile(Specialty.DERMATOLOGY, "DER", 150, 4, 1, 0.20, 0.05, 0.70, 0.20, 258),
            new SpecialtyProfile(Specialty.ORTHOPAEDIC_SURGERY, "ORS", 215, 4, 1, 0.20, 0.05, 0.60, 0.25, 258));
}
