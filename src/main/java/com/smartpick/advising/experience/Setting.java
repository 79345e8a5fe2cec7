package com.smartpick.advising.experience;

public enum Setting {
    ACADEMIC("Academic"), COMMUNITY("Community"), RURAL_CLINIC("Rural clinic"), SPECIALIZED_FACILITY("Specialized facility");

    private final String label;

    Setting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
