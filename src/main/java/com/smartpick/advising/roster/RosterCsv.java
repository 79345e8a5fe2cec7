package com.smartpick.advising.roster;

import com.smartpick.advising.base.CsvProblem;
import com.smartpick.advising.base.UploadedCsv;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.profile.ProfileRules;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a roster file whole and judges every cell before anything is written: the result is either all students
 * or every error by line and column. Lines are counted as rows, as the spreadsheet the file comes from counts them;
 * a cell may not hold a line break anyway. Pure (no database): the e-mails already taken are judged by the service.
 */
final class RosterCsv {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_STUDENTS = 2_000;
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final UploadedCsv.Shape SHAPE = new UploadedCsv.Shape(
            Arrays.stream(RosterColumn.values()).map(RosterColumn::header).toList(),
            Arrays.stream(RosterColumn.values()).filter(RosterColumn::required).map(RosterColumn::header)
                    .collect(Collectors.toSet()), MAX_BYTES, MAX_STUDENTS, "students");
    /** A specialty by its name as people write it ("Internal Medicine") or as SmartPick stores it (INTERNAL_MEDICINE). */
    private static final Map<String, Specialty> SPECIALTIES = Arrays.stream(Specialty.values())
            .flatMap(s -> java.util.stream.Stream.of(Map.entry(s.displayName().toLowerCase(Locale.ROOT), s),
                    Map.entry(s.name().toLowerCase(Locale.ROOT), s)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (same, alike) -> same));

    private RosterCsv() {
    }

    /** The sample file offered for download: the header and one example student. */
    static String sample() {
        List<RosterColumn> columns = List.of(RosterColumn.values());
        return columns.stream().map(RosterColumn::header).collect(Collectors.joining(",")) + "\r\n"
                + columns.stream().map(c -> c.example().contains(",") ? '"' + c.example() + '"' : c.example())
                .collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * @throws RosterRejectedException with every error found, when any cell breaks a rule
     */
    static List<RosterStudent> read(byte[] content, int thisYear) {
        UploadedCsv.Read file = UploadedCsv.read(content, SHAPE);
        if (!file.problems().isEmpty()) {
            throw new RosterRejectedException(file.problems());
        }
        List<CsvProblem> errors = new ArrayList<>();
        List<RosterStudent> students = new ArrayList<>();
        Map<String, Integer> lineOfEmail = new HashMap<>();
        for (UploadedCsv.Row row : file.rows()) {
            int line = row.row();
            row(line, row, thisYear, errors).ifPresent(student -> {
                Integer first = lineOfEmail.putIfAbsent(student.email(), line);
                if (first != null) {
                    errors.add(new CsvProblem(line, RosterColumn.EMAIL.header(), "The same e-mail is on line " + first + "."));
                }
                students.add(student);
            });
        }
        if (students.isEmpty() && errors.isEmpty()) {
            errors.add(new CsvProblem(2, "", "The file names the columns but lists no students."));
        }
        if (!errors.isEmpty()) {
            throw new RosterRejectedException(errors);
        }
        return students;
    }

    private static Optional<RosterStudent> row(int line, UploadedCsv.Row row, int thisYear, List<CsvProblem> errors) {
        int before = errors.size();
        Cells cells = new Cells(line, row, errors);
        String name = cells.text(RosterColumn.NAME, ProfileRules.MAX_TEXT);
        String email = cells.text(RosterColumn.EMAIL, MAX_EMAIL);
        if (cells.blank(RosterColumn.NAME)) {
            cells.error(RosterColumn.NAME, "Enter the student's name.");
        }
        if (cells.blank(RosterColumn.EMAIL)) {
            cells.error(RosterColumn.EMAIL, "Enter the student's e-mail.");
        } else if (email != null && !EMAIL.matcher(email).matches()) {
            cells.error(RosterColumn.EMAIL, "This is not an e-mail address.");
        }
        String school = cells.text(RosterColumn.MEDICAL_SCHOOL, ProfileRules.MAX_TEXT);
        String country = cells.text(RosterColumn.COUNTRY, ProfileRules.MAX_COUNTRY);
        Integer yog = cells.number(RosterColumn.GRADUATION_YEAR, ProfileRules.MIN_GRADUATION_YEAR,
                thisYear + ProfileRules.YEARS_BEFORE_GRADUATION);
        Integer step2ck = cells.number(RosterColumn.STEP2CK_SCORE, ProfileRules.MIN_SCORE, ProfileRules.MAX_SCORE);
        String specialtyName = cells.text(RosterColumn.PREFERRED_SPECIALTY, ProfileRules.MAX_TEXT);
        Specialty specialty = specialtyName == null ? null : SPECIALTIES.get(specialtyName.toLowerCase(Locale.ROOT));
        if (specialtyName != null && specialty == null) {
            cells.error(RosterColumn.PREFERRED_SPECIALTY, "Unknown specialty; write it as SmartPick names it, e.g. \"Internal Medicine\".");
        }
        if (errors.size() > before || name == null || email == null) {
            return Optional.empty();
        }
        return Optional.of(new RosterStudent(line, name, email.toLowerCase(Locale.ROOT), school, country, yog, step2ck,
                specialty == null ? null : specialty.name()));
    }

    /** The cells of one line, each judged with its own message. */
    private record Cells(int line, UploadedCsv.Row row, List<CsvProblem> errors) {

        boolean blank(RosterColumn column) {
            return raw(column).isEmpty();
        }

        private String raw(RosterColumn column) {
            return Normalizer.normalize(row.cell(column.header()), Normalizer.Form.NFC).strip();
        }

        @Nullable String text(RosterColumn column, int maxLength) {
            String value = raw(column);
            if (value.isEmpty()) {
                return null;
            }
            if (UserText.hasHidden(value)) {
                error(column, "Remove the line break or control character from this cell.");
                return null;
            }
            if (value.codePointCount(0, value.length()) > maxLength) {
                error(column, "Keep this within " + maxLength + " characters.");
                return null;
            }
            return value;
        }

        @Nullable Integer number(RosterColumn column, int min, int max) {
            String value = text(column, 12);
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // the message below says what is expected
            }
            error(column, "Enter a whole number between " + min + " and " + max + ".");
            return null;
        }

        void error(RosterColumn column, String message) {
            errors.add(new CsvProblem(line, column.header(), message));
        }
    }
}
