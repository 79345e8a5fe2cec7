package com.smartpick.advising.roster;

import com.smartpick.advising.base.UploadedFile;
import com.smartpick.advising.profile.ProfileRules;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a roster file whole and judges every cell before anything is written: the result is either all students
 * or every error by line and column. Pure (no database): the e-mails already taken are judged by the service.
 */
final class RosterCsv {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_STUDENTS = 2_000;
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Line breaks inside a quoted cell are refused too: one student per line keeps line numbers honest. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
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
        String text = text(content);
        List<RosterError> errors = new ArrayList<>();
        List<RosterStudent> students = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get()).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw rejected(1, "", "The file is empty: the first line must name the columns.");
            }
            Map<RosterColumn, Integer> columns = header(records.next(), errors);
            Map<String, Integer> lineOfEmail = new HashMap<>();
            int rows = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = Math.toIntExact(record.getRecordNumber());
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (++rows > MAX_STUDENTS) {
                    throw rejected(line, "", "A roster file holds at most " + MAX_STUDENTS + " students; split it.");
                }
                row(line, record, columns, thisYear, errors).ifPresent(student -> {
                    Integer first = lineOfEmail.putIfAbsent(student.email(), line);
                    if (first != null) {
                        errors.add(new RosterError(line, RosterColumn.EMAIL.header(), "The same e-mail is on line " + first + "."));
                    }
                    students.add(student);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException malformed) {
            // commons-csv reports an unclosed quote this way, its message naming the line
            throw rejected(0, "", "The file is not valid CSV: " + clip(String.valueOf(malformed.getMessage()), 200));
        }
        if (students.isEmpty() && errors.isEmpty()) {
            errors.add(new RosterError(2, "", "The file names the columns but lists no students."));
        }
        if (!errors.isEmpty()) {
            throw new RosterRejectedException(errors);
        }
        return students;
    }

    private static String text(byte[] content) {
        if (content.length == 0) {
            throw rejected(0, "", "The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw rejected(0, "", "The file is " + UploadedFile.readableSize(content.length) + "; the limit is "
                    + UploadedFile.readableSize(MAX_BYTES) + ".");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw rejected(0, "", "This is not a UTF-8 text file (judged by its content). Save it as \"CSV UTF-8\".");
        }
        if (text.indexOf('\0') >= 0) {
            throw rejected(0, "", "This is not a text file (judged by its content).");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Map<RosterColumn, Integer> header(CSVRecord header, List<RosterError> errors) {
        Map<String, RosterColumn> known = Arrays.stream(RosterColumn.values())
                .collect(Collectors.toMap(RosterColumn::header, c -> c));
        Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            RosterColumn column = known.get(name);
            if (column == null) {
                errors.add(new RosterError(1, clip(header.get(i), 40), "Unknown column; the columns are "
                        + String.join(", ", known.keySet().stream().sorted().toList()) + "."));
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(new RosterError(1, column.header(), "This column is named twice."));
            }
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                errors.add(new RosterError(1, column.header(), "This column is required."));
            }
        }
        if (!errors.isEmpty()) {
            throw new RosterRejectedException(errors);
        }
        return columns;
    }

    private static Optional<RosterStudent> row(int line, CSVRecord record, Map<RosterColumn, Integer> columns,
            int thisYear, List<RosterError> errors) {
        int before = errors.size();
        Cells cells = new Cells(line, record, columns, errors);
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

    private static RosterRejectedException rejected(int line, String column, String message) {
        return new RosterRejectedException(List.of(new RosterError(line, column, message)));
    }

    /** Headers are shown back to the user in errors: a hostile one is cut short, never echoed whole. */
    private static String clip(String text, int max) {
        String clean = CONTROL.matcher(text).replaceAll("?");
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }

    /** The cells of one line, each judged with its own message. */
    private record Cells(int line, CSVRecord record, Map<RosterColumn, Integer> columns, List<RosterError> errors) {

        boolean blank(RosterColumn column) {
            return raw(column).isEmpty();
        }

        private String raw(RosterColumn column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? ""
                    : Normalizer.normalize(record.get(index), Normalizer.Form.NFC).strip();
        }

        @Nullable String text(RosterColumn column, int maxLength) {
            String value = raw(column);
            if (value.isEmpty()) {
                return null;
            }
            if (CONTROL.matcher(value).find()) {
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
            errors.add(new RosterError(line, column.header(), message));
        }
    }
}
