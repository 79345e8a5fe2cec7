package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.Program;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The catalog as CSV (RFC 4180: comma-separated, fields with a comma, quote or line break in
 * double quotes, CRLF line ends), one program a line after this header:
 * <pre>
 * id                 unique program id, e.g. IM-0042
 * name               program name
 * specialty          a Specialty constant, e.g. INTERNAL_MEDICINE
 * institution        sponsoring institution
 * city, state        location; state is the two-letter code (DC included)
 * census_division    a CensusDivision constant, e.g. MIDDLE_ATLANTIC
 * type               UNIVERSITY, UNIVERSITY_AFFILIATED or COMMUNITY
 * positions          PGY-1 positions, at least 1
 * percent_img        percent of residents who are IMGs, 0-100
 * sponsors_j1        true or false
 * sponsors_h1b       true or false
 * min_step2_ck       published Step 2 CK minimum; empty when none
 * yog_limit_years    most years since graduation accepted; empty when none
 * usce_required      true or false
 * max_attempts       most USMLE attempts on any Step accepted; empty when none
 * median_step2_ck    median Step 2 CK of matched residents; empty when unknown
 * </pre>
 */
public final class CatalogCsv {

    public static final String HEADER = "id,name,specialty,institution,city,state,census_division,type,positions,"
            + "percent_img,sponsors_j1,sponsors_h1b,min_step2_ck,yog_limit_years,usce_required,max_attempts,"
            + "median_step2_ck";

    private CatalogCsv() {
    }

    public static void write(List<Program> programs, Appendable out) throws IOException {
        out.append(HEADER).append("\r\n");
        for (Program p : programs) {
            out.append(line(p)).append("\r\n");
        }
    }

    /** One program as a line of the file, without its line end. */
    public static String line(Program p) {
        return String.join(",", field(p.id()), field(p.name()), p.specialty().name(), field(p.institution()),
                field(p.city()), p.state(), p.division().name(), p.type().name(), Integer.toString(p.positions()),
                Integer.toString(p.percentImgResidents()), Boolean.toString(p.sponsorsJ1()),
                Boolean.toString(p.sponsorsH1b()), optional(p.minimumStep2Ck()), optional(p.yogLimitYears()),
                Boolean.toString(p.usceRequired()), optional(p.maxAttemptsAccepted()), optional(p.medianStep2Ck()));
    }

    private static String optional(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
