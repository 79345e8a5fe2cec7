package com.smartpick.advising.profile;

public enum ExamResult {
    NOT_TAKEN("Not taken"), PASS("Pass"), FAIL("Fail");

    private final String label;

    ExamResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
