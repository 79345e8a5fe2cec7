package com.smartpick.advising.roster;

/** The columns a roster file may have, in the sample file's order; headers match case-insensitively. */
public enum RosterColumn {
    NAME("name", true, "Full name as the student writes it", "Sofia Haddad"),
    EMAIL("email", true, "E-mail address; the student signs in later with this address", "sofia.haddad@example.org"),
    MEDICAL_SCHOOL("medical_school", false, "Medical school", "Cairo University Faculty of Medicine"),
    COUNTRY("country", false, "Country of the medical school", "Egypt"),
    GRADUATION_YEAR("graduation_year", false, "Year of graduation (YOG), e.g. 2022", "2022"),
    STEP2CK_SCORE("step2ck_score", false, "USMLE Step 2 CK score of the latest attempt, 1–300", "244"),
    PREFERRED_SPECIALTY("preferred_specialty", false, "First-choice specialty, e.g. Internal Medicine", "Internal Medicine");

    private final String header;
    private final boolean required;
    private final String meaning;
    private final String example;

    RosterColumn(String header, boolean required, String meaning, String example) {
        this.header = header;
        this.required = required;
        this.meaning = meaning;
        this.example = example;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public String meaning() {
        return meaning;
    }

    public String example() {
        return example;
    }
}
