package com.smartpick.advising.smartpick.engine;

/**
 * The residency specialties SmartPick knows. The engine's per-specialty figures (IMG match rates,
 * signal allowances) are kept in its weights file, keyed by these names.
 */
public enum Specialty {
    INTERNAL_MEDICINE("Internal Medicine"),
    FAMILY_MEDICINE("Family Medicine"),
    PEDIATRICS("Pediatrics"),
    PSYCHIATRY("Psychiatry"),
    NEUROLOGY("Neurology"),
    PATHOLOGY("Pathology"),
    GENERAL_SURGERY("General Surgery"),
    EMERGENCY_MEDICINE("Emergency Medicine"),
    OBSTETRICS_GYNECOLOGY("Obstetrics and Gynecology"),
    ANESTHESIOLOGY("Anesthesiology"),
    DIAGNOSTIC_RADIOLOGY("Diagnostic Radiology"),
    PHYSICAL_MEDICINE_REHABILITATION("Physical Medicine and Rehabilitation"),
    DERMATOLOGY("Dermatology"),
    ORTHOPAEDIC_SURGERY("Orthopaedic Surgery");

    private final String displayName;

    Specialty(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
