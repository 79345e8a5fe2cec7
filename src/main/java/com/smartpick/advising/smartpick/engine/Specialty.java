package com.smartpick.advising.smartpick.engine;

/**
 * The residency specialties SmartPick knows. The engine's per-specialty figures are kept in its
 * weights file, keyed by these names; {@link #nrmpName()} is the specialty as NRMP's
 * <i>Charting Outcomes</i> names it, which ties it to the published figures it is calibrated on.
 */
public enum Specialty {
    INTERNAL_MEDICINE("Internal Medicine", "Internal Medicine"),
    FAMILY_MEDICINE("Family Medicine", "Family Medicine"),
    PEDIATRICS("Pediatrics", "Pediatrics"),
    PSYCHIATRY("Psychiatry", "Psychiatry"),
    NEUROLOGY("Neurology", "Neurology"),
    PATHOLOGY("Pathology", "Pathology-Anatomic and Clinical"),
    GENERAL_SURGERY("General Surgery", "Surgery-General"),
    EMERGENCY_MEDICINE("Emergency Medicine", "Emergency Medicine"),
    OBSTETRICS_GYNECOLOGY("Obstetrics and Gynecology", "Obstetrics and Gynecology"),
    ANESTHESIOLOGY("Anesthesiology", "Anesthesiology"),
    DIAGNOSTIC_RADIOLOGY("Diagnostic Radiology", "Radiology-Diagnostic"),
    PHYSICAL_MEDICINE_REHABILITATION("Physical Medicine and Rehabilitation", "Physical Medicine and Rehabilitation"),
    DERMATOLOGY("Dermatology", "Dermatology"),
    ORTHOPAEDIC_SURGERY("Orthopaedic Surgery", "Orthopaedic Surgery");

    private final String displayName;
    private final String nrmpName;

    Specialty(String displayName, String nrmpName) {
        this.displayName = displayName;
        this.nrmpName = nrmpName;
    }

    public String nrmpName() {
        return nrmpName;
    }

    public String displayName() {
        return displayName;
    }
}
