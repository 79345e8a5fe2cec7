package com.smartpick.advising.cohort;

public enum EnrollmentStatus {
    ACTIVE, WITHDRAWN, MATCHED, UNMATCHED
}
