package com.smartpick.advising.profile;

import com.smartpick.advising.smartpick.engine.CensusDivision;
import java.time.Year;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules an applicant profile must keep, each with the message the student sees beside the field. Pure, so
 * the form, the roster import and the tests all apply the very same rules.
 */
public final class ProfileRules {

    public static final int MAX_TEXT = 200;
    public static final int MAX_COUNTRY = 100;
    public static final int MIN_GRADUATION_YEAR = 1970;
    /** Students may join while still in medical school, up to this many years before graduating. */
    public static final int YEARS_BEFORE_GRADUATION = 6;
    public static final int MAX_ATTEMPTS = 6;
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 300;
    /** USMLE Step 2 CK passing score since July 2022. */
    public static final int STEP2CK_PASSING = 214;
    public static final int MAX_SPECIALTIES = 3;
    public static final int MAX_RESEARCH_ITEMS = 500;
    private static final Set<String> NOT_INTERNATIONAL = Set.of("united states", "usa", "us", "united states of america", "canada");

    private ProfileRules() {
    }

    /** @return field name → message, empty when the profile keeps every rule */
    public static Map<String, String> check(ApplicantProfile p, Year thisYear) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(p.medicalSchool())) {
            errors.put("medicalSchool", "Enter your medical school.");
        } else if (p.medicalSchool().length() > MAX_TEXT) {
            errors.put("medicalSchool", "Keep the school name within " + MAX_TEXT + " characters.");
        }
        if (blank(p.schoolCountry())) {
            errors.put("schoolCountry", "Enter the country of your medical school.");
        } else if (p.schoolCountry().length() > MAX_COUNTRY) {
            errors.put("schoolCountry", "Keep the country within " + MAX_COUNTRY + " characters.");
        } else if (NOT_INTERNATIONAL.contains(p.schoolCountry().strip().toLowerCase(Locale.ROOT))) {
            errors.put("schoolCountry", "SmartPick advises international medical graduates: the school must be outside the US and Canada.");
        }
        int latestYear = thisYear.getValue() + YEARS_BEFORE_GRADUATION;
        if (p.graduationYear() == null) {
            errors.put("graduationYear", "Enter your year of graduation (YOG).");
        } else if (p.graduationYear() < MIN_GRADUATION_YEAR || p.graduationYear() > latestYear) {
            errors.put("graduationYear", "Year of graduation must be between " + MIN_GRADUATION_YEAR + " and " + latestYear + ".");
        }
        checkAttempts(errors, "step1Attempts", "Step 1", p.step1Result(), p.step1Attempts());
        if (p.step2ckScore() != null && (p.step2ckScore() < MIN_SCORE || p.step2ckScore() > MAX_SCORE)) {
            errors.put("step2ckScore", "A Step 2 CK score is between " + MIN_SCORE + " and " + MAX_SCORE + ".");
        }
        if (p.step2ckAttempts() < 0 || p.step2ckAttempts() > MAX_ATTEMPTS) {
            errors.put("step2ckAttempts", "Attempts must be between 0 and " + MAX_ATTEMPTS + ".");
        } else if (p.step2ckScore() != null && p.step2ckAttempts() == 0) {
            errors.put("step2ckAttempts", "You entered a Step 2 CK score, so you took it at least once.");
        } else if (p.step2ckScore() == null && p.step2ckAttempts() > 0) {
            errors.put("step2ckScore", "Enter the score of your latest Step 2 CK attempt.");
        }
        if (p.ecfmgCertified() && (p.step1Result() != ExamResult.PASS
                || p.step2ckScore() == null || p.step2ckScore() < STEP2CK_PASSING)) {
            errors.put("ecfmgCertified", "ECFMG certification needs a passed Step 1 and a passing Step 2 CK ("
                    + STEP2CK_PASSING + " or more).");
        }
        if (p.preferredSpecialties().size() > MAX_SPECIALTIES) {
            errors.put("preferredSpecialties", "Choose at most " + MAX_SPECIALTIES + " specialties.");
        } else if (new HashSet<>(p.preferredSpecialties()).size() != p.preferredSpecialties().size()) {
            errors.put("preferredSpecialties", "Each specialty can appear only once in your order of preference.");
        }
        if (p.preferredRegions().size() > CensusDivision.MAX_PREFERRED) {
            errors.put("preferredRegions", "ERAS lets you prefer at most " + CensusDivision.MAX_PREFERRED + " regions.");
        }
        if (p.researchItems() < 0 || p.researchItems() > MAX_RESEARCH_ITEMS) {
            errors.put("researchItems", "Research items must be between 0 and " + MAX_RESEARCH_ITEMS + ".");
        }
        return errors;
    }

    private static void checkAttempts(Map<String, String> errors, String field, String exam, ExamResult result, int attempts) {
        if (attempts < 0 || attempts > MAX_ATTEMPTS) {
            errors.put(field, "Attempts must be between 0 and " + MAX_ATTEMPTS + ".");
        } else if (result != ExamResult.NOT_TAKEN && attempts == 0) {
            errors.put(field, "You have a " + exam + " result, so you took it at least once.");
        } else if (result == ExamResult.NOT_TAKEN && attempts > 0) {
            errors.put(field, "You have not taken " + exam + ", so attempts must be 0.");
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
