package com.smartpick.advising.experience;

import com.smartpick.advising.base.UserText;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The rules an experience record must meet, each broken one a message keyed by its field. Pure: no database. */
public final class ExperienceRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_CITY = 100;
    public static final int MAX_EMAIL = 320;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_ITEMS = 20;
    public static final int MAX_ITEM = 60;
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 80;

    /** USPS codes of the states, DC and the territories with teaching hospitals. */
    public static final List<String> US_STATES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
            "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY", "PR", "GU", "VI");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private ExperienceRules() {
    }

    public static Map<String, String> check(ExperienceDetails d, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "institution", "the institution", d.institution(), MAX_NAME);
        optional(errors, "department", "the department", d.department(), MAX_NAME);
        required(errors, "city", "the city", d.city(), MAX_CITY);
        if (!COUNTRIES.contains(d.country())) {
            errors.put("country", "Choose the country.");
        }
        if (d.inUs()) {
            if (d.state() == null || !US_STATES.contains(d.state())) {
                errors.put("state", "Choose the US state for an experience in the United States.");
            }
        } else {
            optional(errors, "state", "the state or province", d.state(), MAX_CITY);
        }
        if (d.specialty().isBlank() || d.specialty().length() > MAX_ITEM) {
            errors.put("specialty", "Choose the specialty.");
        }
        if (d.endDate() == null) {
            if (!d.ongoing()) {
                errors.put("endDate", "Give the end date, or mark the experience as ongoing.");
            }
        } else if (d.endDate().isBefore(d.startDate())) {
            errors.put("endDate", "The end date must be on or after the start date.");
        } else if (!d.ongoing() && d.endDate().isAfter(today)) {
            errors.put("endDate", "A finished experience cannot end in the future; mark it as ongoing if it still runs.");
        }
        if (d.startDate().isAfter(today)) {
            errors.put("startDate", "Record an experience once it has started.");
        }
        if (d.hoursPerWeek() < MIN_HOURS || d.hoursPerWeek() > MAX_HOURS) {
            errors.put("hoursPerWeek", "Hours per week must be between " + MIN_HOURS + " and " + MAX_HOURS + ".");
        }
        required(errors, "supervisorName", "the supervisor's name", d.supervisorName(), MAX_NAME);
        optional(errors, "supervisorTitle", "the supervisor's title", d.supervisorTitle(), MAX_NAME);
        if (d.supervisorEmail() != null && !d.supervisorEmail().isBlank()) {
            if (d.supervisorEmail().length() > MAX_EMAIL) {
                errors.put("supervisorEmail", "Keep the e-mail within " + MAX_EMAIL + " characters.");
            } else if (!EMAIL.matcher(d.supervisorEmail()).matches()) {
                errors.put("supervisorEmail", "This does not look like an e-mail address.");
            }
        }
        optional(errors, "tasks", "the tasks", d.tasks(), MAX_TEXT);
        optional(errors, "procedures", "the procedures", d.procedures(), MAX_TEXT);
        items(errors, "ehrSystems", "EHR systems", d.ehrSystems());
        items(errors, "trainings", "trainings", d.trainings());
        return errors;
    }

    /** The details as stored: text trimmed, blanks as null, list items trimmed and without repeats. */
    /**
     * Whether two records look like the same experience entered twice: the same type at the same institution (case
     * and spacing aside) over periods that overlap. An ongoing record runs on; its planned end does not close it.
     */
    public static boolean lookAlike(ExperienceDetails a, ExperienceDetails b) {
        return a.type() == b.type() && sameName(a.institution(), b.institution())
                && !a.startDate().isAfter(end(b)) && !b.startDate().isAfter(end(a));
    }

    private static boolean sameName(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }

    private static LocalDate end(ExperienceDetails d) {
        return d.ongoing() || d.endDate() == null ? LocalDate.MAX : d.endDate();
    }

    public static ExperienceDetails clean(ExperienceDetails d) {
        return new ExperienceDetails(d.type(), d.handsOn(), UserText.line(d.institution()), UserText.lineOrAbsent(d.department()),
                UserText.line(d.city()), UserText.lineOrAbsent(d.state()), UserText.line(d.country()).toUpperCase(Locale.ROOT),
                d.setting(), UserText.line(d.specialty()), d.startDate(), d.endDate(), d.ongoing(), d.hoursPerWeek(),
                UserText.line(d.supervisorName()), UserText.lineOrAbsent(d.supervisorTitle()), UserText.lineOrAbsent(d.supervisorEmail()),
                UserText.multilineOrAbsent(d.tasks()), UserText.multilineOrAbsent(d.procedures()), items(d.ehrSystems()),
                items(d.trainings()));
    }

    /** Splits "Epic, Cerner" into items; the editor's text fields use it. */
    public static List<String> split(@Nullable String text) {
        return text == null ? List.of() : items(List.of(text.split("[,;\\n]")));
    }

    private static List<String> items(List<String> raw) {
        return raw.stream().map(UserText::line).filter(s -> !s.isEmpty()).distinct().toList();
    }


    private static void required(Map<String, String> errors, String field, String what, String value, int max) {
        if (value.isBlank()) {
            errors.put(field, "Give " + what + ".");
        } else {
            optional(errors, field, what, value, max);
        }
    }

    private static void optional(Map<String, String> errors, String field, String what, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "Keep " + what + " within " + max + " characters (now " + value.length() + ").");
        }
    }

    private static void items(Map<String, String> errors, String field, String what, List<String> items) {
        if (items.size() > MAX_ITEMS) {
            errors.put(field, "Name at most " + MAX_ITEMS + " " + what + ".");
        } else if (items.stream().anyMatch(i -> i.length() > MAX_ITEM)) {
            errors.put(field, "Keep each of the " + what + " within " + MAX_ITEM + " characters.");
        }
    }

}
