package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.base.CsvProblem;
import com.smartpick.advising.base.UploadedCsv;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.ProgramType;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded catalog in the form {@link CatalogCsv} writes, judging it whole: every problem of every line is
 * collected (up to {@link #MAX_PROBLEMS}), so whoever fixes the file sees them all at once rather than one per try.
 * Lines are counted as a text editor counts them: the file is an export, edited as text.
 */
final class CatalogCsvReader {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** About three times the national catalog: room to grow, not room for a runaway export. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_PROBLEMS = 500;
    static final List<String> COLUMNS = List.of(CatalogCsv.HEADER.split(","));
    private static final UploadedCsv.Shape SHAPE = new UploadedCsv.Shape(COLUMNS, Set.copyOf(COLUMNS), MAX_BYTES, MAX_ROWS,
            "programs");

    record Row(int line, Program program) {
    }

    record Result(List<Row> rows, List<CsvProblem> problems) {
    }

    private final List<CsvProblem> problems = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    private CatalogCsvReader() {
    }

    static Result read(byte[] content) {
        UploadedCsv.Read file = UploadedCsv.read(content, SHAPE);
        if (!file.problems().isEmpty()) {
            return new Result(List.of(), file.problems());
        }
        CatalogCsvReader reader = new CatalogCsvReader();
        Map<String, Integer> lineOfCode = new HashMap<>();
        for (UploadedCsv.Row row : file.rows()) {
            if (reader.problems.size() >= MAX_PROBLEMS) {
                break;
            }
            reader.row(row, lineOfCode);
        }
        if (reader.problems.size() >= MAX_PROBLEMS) {
            reader.add(0, "", "Stopped after " + MAX_PROBLEMS + " problems: fix these and upload again to see any others.");
        }
        return new Result(List.copyOf(reader.rows), List.copyOf(reader.problems));
    }

    private void row(UploadedCsv.Row row, Map<String, Integer> lineOfCode) {
        int line = row.line();
        if (row.cells().size() != COLUMNS.size()) {
            add(line, "", "This line has " + row.cells().size() + " fields; the header has " + COLUMNS.size()
                    + " (a comma inside a name needs the name in double quotes).");
            return;
        }
        Fields fields = new Fields(line, row);
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
        private final UploadedCsv.Row row;
        final Set<String> failed = new HashSet<>();

        Fields(int line, UploadedCsv.Row row) {
            this.line = line;
            this.row = row;
        }

        String text(String column) {
            return row.cell(column);
        }

        <E extends Enum<E>> @Nullable E constant(String column, Class<E> type) {
            String value = text(column).strip();
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fail(column, "\"" + UserText.excerpt(value) + "\" is not one of " + Arrays.stream(type.getEnumConstants())
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
                fail(column, "\"" + UserText.excerpt(value) + "\" is not a whole number.");
                return null;
            }
        }

        boolean yesNo(String column) {
            String value = text(column).strip().toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                fail(column, "Write true or false, not \"" + UserText.excerpt(text(column)) + "\".");
            }
            return value.equals("true");
        }

        void fail(String column, String message) {
            failed.add(column);
            add(line, column, message);
        }
    }

    private void add(int line, String column, String message) {
        problems.add(new CsvProblem(line, column, message));
    }
}
