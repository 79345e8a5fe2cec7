package com.smartpick.advising.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded CSV file read whole before any of its cells is judged: the checks every import makes of the file
 * itself (its size, UTF-8 text by its content whatever its name, well-formed CSV, at most so many rows) and of its
 * header (known columns, none twice, the required ones there). A file that fails any of them gives its problems and
 * no rows; the import judges the cells of the rows it gets. Lines entirely blank (a spreadsheet's trailing rows) are
 * skipped.
 */
public final class UploadedCsv {

    /**
     * What an import takes.
     *
     * @param columns the headers it knows, in lower case (headers match case-insensitively)
     * @param required those a file must have
     * @param rowsAre what a row is, in the plural, for the row limit's message ("students")
     */
    public record Shape(List<String> columns, Set<String> required, int maxBytes, int maxRows, String rowsAre) {

        public Shape {
            columns = List.copyOf(columns);
            required = Set.copyOf(required);
        }
    }

    /**
     * One line of data.
     *
     * @param line where it starts in the file, as a text editor counts lines
     * @param row its place among the records, as a spreadsheet counts rows; after a cell holding a line break it is
     *     smaller than {@code line}
     */
    public record Row(int line, int row, List<String> cells, Map<String, Integer> index) {

        public Row {
            cells = List.copyOf(cells);
            index = Map.copyOf(index);
        }

        /** The cell of this column as written; empty when the line is shorter or the file has no such column. */
        public String cell(String column) {
            Integer at = index.get(column);
            return at == null || at >= cells.size() ? "" : cells.get(at);
        }
    }

    public record Read(List<Row> rows, List<CsvProblem> problems) {

        public Read {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        static Read refused(int line, String message) {
            return new Read(List.of(), List.of(new CsvProblem(line, "", message)));
        }
    }

    private UploadedCsv() {
    }

    public static Read read(byte[] content, Shape shape) {
        if (content.length == 0) {
            return Read.refused(0, "The file is empty.");
        }
        if (content.length > shape.maxBytes()) {
            return Read.refused(0, "The file is " + UploadedFile.readableSize(content.length) + "; the limit is "
                    + UploadedFile.readableSize(shape.maxBytes()) + ".");
        }
        String text = utf8Text(content);
        if (text == null) {
            return Read.refused(0, "This file is not UTF-8 text (judged by its content, not its name): save it as CSV UTF-8.");
        }
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            // commons-csv reports an unbalanced quote, or stray text after one, this way
            return Read.refused(0, "The file is not well-formed CSV (look for a quote that is opened and never closed).");
        }
        if (records.isEmpty()) {
            return Read.refused(0, "The file is empty.");
        }
        List<CsvProblem> problems = new ArrayList<>();
        Map<String, Integer> index = columns(records.get(0), shape, problems);
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        LineIndex lines = new LineIndex(csv);
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() == shape.maxRows()) {
                return Read.refused(0, "The file holds more than " + shape.maxRows() + " " + shape.rowsAre()
                        + ": split it into smaller files.");
            }
            rows.add(new Row(lines.lineAt(record.getCharacterPosition()), Math.toIntExact(record.getRecordNumber()),
                    record.toList(), index));
        }
        return new Read(rows, List.of());
    }

    /** The header's known columns by name; each one unknown, named twice or missing is a problem of its own on line 1. */
    private static Map<String, Integer> columns(CSVRecord header, Shape shape, List<CsvProblem> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!shape.columns().contains(name)) {
                String shown = UserText.excerpt(header.get(i));
                problems.add(new CsvProblem(1, shown, "Unknown column: " + shown + "."));
            } else if (index.putIfAbsent(name, i) != null) {
                problems.add(new CsvProblem(1, name, "This column appears twice."));
            }
        }
        for (String column : shape.columns()) {
            if (shape.required().contains(column) && !index.containsKey(column)) {
                problems.add(new CsvProblem(1, column, "Missing column: " + column + ". The columns are "
                        + String.join(",", shape.columns()) + "."));
            }
        }
        return index;
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
