package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.base.UploadedFile;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.ProgramType;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded catalog in the form {@link CatalogCsv} writes, judging it whole: every problem of every line is
 * collected (up to {@link #MAX_PROBLEMS}), so whoever fixes the file sees them all at once rather than one per try.
 * The bytes must be UTF-8 text, whatever the file is called.
 */
final class CatalogCsvReader {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** About three times the national catalog: room to grow, not room for a runaway export. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_PROBLEMS = 500;
    static final List<String> COLUMNS = List.of(CatalogCsv.HEADER.split(","));

    record Row(int line, Program program) {
    }

    record Result(List<Row> rows, List<ImportProblem> problems) {
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    private CatalogCsvReader() {
    }

    static Result read(byte[] content) {
        CatalogCsvReader reader = new CatalogCsvReader();
        reader.readAll(content);
        return new Result(List.copyOf(reader.rows), List.copyOf(reader.problems));
    }

    private void readAll(byte[] content) {
        if (content.length == 0) {
            fileProblem("The file is empty.");
            return;
        }
        if (content.length > MAX_BYTES) {
            fileProblem("The file is " + UploadedFile.readableSize(content.length) + "; the limit is "
                    + UploadedFile.readableSize(MAX_BYTES) + ".");
            return;
        }
        String text = utf8Text(content);
        if (text == null) {
            fileProblem("This file is not UTF-8 text (judged by its content, not its name): save it as CSV UTF-8.");
            return;
        }
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LineIndex lines = new LineIndex(csv);
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().get())) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                fileProblem("The file is empty.");
                return;
            }
            Map<String, Integer> index = columns(records.next());
            if (index == null) {
                return;
            }
            Map<String, Integer> lineOfCode = new HashMap<>();
            int dataLines = 0;
            while (problems.size() < MAX_PROBLEMS && records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (++dataLines > MAX_ROWS) {
                    fileProblem("The file holds more than " + MAX_ROWS + " programs: split it into smaller files.");
                    return;
                }
                row(lines.lineAt(record.getCharacterPosition()), record, index, lineOfCode);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            // commons-csv reports an unbalanced quote or stray text after one this way
            fileProblem("The file is not well-formed CSV (look for a quote that is opened and never closed).");
        }
        if (problems.size() >= MAX_PROBLEMS) {
            fileProblem("Stopped after " + MAX_PROBLEMS + " problems: fix these and upload again to see any others.");
        }
    }

    private @Nullable Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                unknown.add(ProgramRules.shown(header.get(i)));
            } else if (index.putIfAbsent(name, i) != null) {
                add(1, name, "This column appears twice.");
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            add(1, "", "Missing column" + (missing.size() == 1 ? "" : "s") + ": " + String.join(", ", missing)
                    + ". The first line must name the columns: " + CatalogCsv.HEADER + ".");
        }
        if (!unknown.isEmpty()) {
            add(1, "", "Unknown column" + (unknown.size() == 1 ? "" : "s") + ": " + String.join(", ", unknown) + ".");
        }
        return problems.isEmpty() ? index : null;
    }

    private void row(int line, CSVRecord record, Map<String, Integer> index, Map<String, Integer> lineOfCode) {
        if (record.size() != index.size()) {
            add(line, "", "This line has " + record.size() + " fields; the header has " + index.size()
                    + " (a comma inside a name needs the name in double quotes).");
            return;
        }
        Fields fields = new Fields(line, record, index);
        ProgramDraft draft = new ProgramDraft(fields.text("id"), fields.text("name"),
                fields.constant("specialty", Specialty.class), fields.text("institution"), fields.text("city"),
                fields.text("state"), fields.constant("census_division", CensusDivision.class),
                fields.constant("type", ProgramType.class), fields.number("positions"), fields.number("percent_img"),
                fields.yesNo("sponsors_j1"), fields.yesNo("sponsors_h1b"), fields.number("min_step2_ck"),
                fields.number("yog_limit_years"), fields.yesNo("usce_required"), fields.number("max_attempts"),
                fields.number("median_step2_ck"));
        ProgramRules.check(draft).forEach((column, message) -> {
            if (!fields.failed.contains(column)) {
                fields.fail(column, message);
            }
        });
        String code = draft.code().strip();
        if (!code.isEmpty() && !fields.failed.contains("id")) {
            Integer earlier = lineOfCode.putIfAbsent(code.toUpperCase(Locale.ROOT), line);
            if (earlier != null) {
                fields.fail("id", "Program id " + code + " appears already on line " + earlier + ".");
            }
        }
        if (fields.failed.isEmpty()) {
            rows.add(new Row(line, ProgramRules.program(draft)));
        }
    }

    /** The fields of one line, each parsed to its type; a field that cannot be read records why. */
    private final class Fields {
        private final int line;
        private final CSVRecord record;
        private final Map<String, Integer> index;
        final Set<String> failed = new HashSet<>();

        Fields(int line, CSVRecord record, Map<String, Integer> index) {
            this.line = line;
            this.record = record;
            this.index = index;
        }

        String text(String column) {
            return record.get(index.get(column));
        }

        <E extends Enum<E>> @Nullable E constant(String column, Class<E> type) {
            String value = text(column).strip();
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fail(column, "\"" + ProgramRules.shown(value) + "\" is not one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", ")) + ".");
                return null;
            }
        }

        @Nullable Integer number(String column) {
            String value = text(column).strip();
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                fail(column, "\"" + ProgramRules.shown(value) + "\" is not a whole number.");
                return null;
            }
        }

        boolean yesNo(String column) {
            String value = text(column).strip().toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                fail(column, "Write true or false, not \"" + ProgramRules.shown(text(column)) + "\".");
            }
            return value.equals("true");
        }

        void fail(String column, String message) {
            failed.add(column);
            add(line, column, message);
        }
    }

    private void add(int line, String column, String message) {
        problems.add(new ImportProblem(line, column, message));
    }

    private void fileProblem(String message) {
        problems.add(new ImportProblem(0, "", message));
    }

    /** Where each line of the text starts, so a record's character position gives its line (quoted line breaks too). */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long position) {
            int found = Arrays.binarySearch(starts, (int) position);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }

    private static @Nullable String utf8Text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            // a NUL never occurs in text: the mark of a binary file that happens to decode
            return text.indexOf('\0') >= 0 ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
