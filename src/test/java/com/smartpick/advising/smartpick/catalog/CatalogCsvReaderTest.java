package com.smartpick.advising.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.CsvProblem;
import com.smartpick.advising.smartpick.engine.Program;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCsvReaderTest {

    private static final String HEADER = CatalogCsv.HEADER + "\r\n";
    private static final String GOOD = "IM-0001,Mercy Hospital Internal Medicine Residency,INTERNAL_MEDICINE,"
            + "Mercy Hospital,Chicago,IL,EAST_NORTH_CENTRAL,COMMUNITY,12,45,true,false,,5,false,2,238\r\n";

    @Test
    void what_the_writer_writes_the_reader_reads_back_equal() {
        List<Program> programs = SyntheticCatalog.generate(3L, 200);
        CatalogCsvReader.Result read = CatalogCsvReader.read(CatalogFixtures.csv(programs));
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(CatalogCsvReader.Row::program).isEqualTo(programs);
    }

    @Test
    void every_problem_is_listed_by_line_and_column() {
        String csv = HEADER + GOOD
                + "IM-0002,Name,CARDIOLOGY,Inst,Boston,MA,NEW_ENGLAND,UNIVERSITY,many,101,yes,false,,,false,,\r\n"
                + "IM-0003,Name,INTERNAL_MEDICINE,Inst,Boston,MA,PACIFIC,UNIVERSITY,4,10,true,false,,,false,,\r\n"
                + "im-0001,Again,INTERNAL_MEDICINE,Inst,Boston,MA,NEW_ENGLAND,UNIVERSITY,4,10,true,false,,,false,,\r\n"
                + "IM-0005,too,few,fields\r\n";
        CatalogCsvReader.Result read = CatalogCsvReader.read(bytes(csv));
        assertThat(read.problems()).extracting(CsvProblem::where).containsExactly(
                "line 3, specialty", "line 3, positions", "line 3, sponsors_j1", "line 3, percent_img",
                "line 4, census_division", "line 5, id", "line 6");
        assertThat(read.problems().get(4).message()).isEqualTo("MA lies in NEW_ENGLAND, not PACIFIC.");
        assertThat(read.problems().get(5).message()).isEqualTo("Program id im-0001 appears already on line 2.");
    }

    @Test
    void a_quoted_line_break_does_not_shift_the_lines_that_follow() {
        String csv = HEADER + "IM-0002,\"Two\nlines\",INTERNAL_MEDICINE,Inst,Boston,MA,NEW_ENGLAND,UNIVERSITY,4,10,"
                + "true,false,,,false,,\r\n" + GOOD.replace("IM-0001", "IM-0003").replace(",12,", ",0,");
        assertThat(CatalogCsvReader.read(bytes(csv)).problems()).extracting(CsvProblem::where)
                .containsExactly("line 2, name", "line 4, positions");
    }

    @Test
    void the_file_must_be_utf8_text_within_the_size_bound_with_the_known_columns() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        assertThat(fileProblem(png)).contains("not UTF-8 text");
        assertThat(fileProblem(new byte[0])).isEqualTo("The file is empty.");
        assertThat(fileProblem(bytes("\uFEFF"))).isEqualTo("The file is empty.");
        assertThat(fileProblem(new byte[CatalogCsvReader.MAX_BYTES + 1])).contains("the limit is 5.0 MB");
        assertThat(CatalogCsvReader.read(bytes("id,name,colour\r\n")).problems()).extracting(CsvProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("Missing column: specialty."))
                .anySatisfy(m -> assertThat(m).startsWith("Missing column: institution."))
                .anySatisfy(m -> assertThat(m).isEqualTo("Unknown column: colour."));
        assertThat(fileProblem(bytes(HEADER + "\"IM-1,unclosed\r\n"))).contains("not well-formed CSV");
    }

    @Test
    void a_byte_order_mark_and_blank_lines_are_tolerated() {
        CatalogCsvReader.Result read = CatalogCsvReader.read(bytes("\uFEFF" + HEADER + "\r\n" + GOOD));
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).singleElement().satisfies(row -> assertThat(row.line()).isEqualTo(3));
    }

    @Test
    void more_rows_than_the_bound_are_refused() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= CatalogCsvReader.MAX_ROWS; i++) {
            csv.append(GOOD.replace("IM-0001", "IM-" + i));
        }
        assertThat(CatalogCsvReader.read(bytes(csv.toString())).problems()).extracting(CsvProblem::message)
                .containsExactly("The file holds more than 20000 programs: split it into smaller files.");
    }

    private static String fileProblem(byte[] content) {
        List<CsvProblem> problems = CatalogCsvReader.read(content).problems();
        assertThat(problems).singleElement().extracting(CsvProblem::line).isEqualTo(0);
        return problems.getFirst().message();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
