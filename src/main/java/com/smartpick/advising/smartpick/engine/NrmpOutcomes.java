package com.smartpick.advising.smartpick.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * NRMP's published outcomes for non-US IMGs per specialty (<i>Charting Outcomes in the Match: International Medical
 * Graduates, 2026</i>), as shipped in {@value #RESOURCE} with its source beside it. The figures the model is calibrated
 * on; an empty cell is one NRMP suppressed (fewer than 5 people), and is empty here too.
 */
public final class NrmpOutcomes {

    public static final String RESOURCE = "advising/smartpick/nrmp/nrmp-charting-outcomes-2026-non-us-img.csv";
    public static final String CITATION = "NRMP, Charting Outcomes in the Match: International Medical Graduates, "
            + "2026 (non-US IMGs)";

    /**
     * One specialty's row.
     *
     * @param rankedFirst non-US IMGs who ranked the specialty first
     * @param matchRate the share of them who matched in it, 0 to 1
     */
    public record Row(String name, int rankedFirst, double matchRate, OptionalDouble step2MedianMatched,
            OptionalDouble step2MedianUnmatched, OptionalDouble step2MeanMatched, OptionalDouble step2MeanUnmatched,
            OptionalDouble step2Q1Matched, OptionalDouble step2Q3Matched, OptionalDouble ranksMeanMatched,
            OptionalDouble ranksMeanUnmatched) {
    }

    private final Map<Specialty, Row> rows;

    private NrmpOutcomes(Map<Specialty, Row> rows) {
        this.rows = rows;
    }

    public static NrmpOutcomes loadDefault() {
        try (InputStream in = SourcedValues.resource(RESOURCE)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NrmpOutcomes load(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = Arrays.asList(reader.readLine().split(",", -1));
        Map<String, Row> byName = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Cells row = name -> {
                String cell = cells[header.indexOf(name)];
                return cell.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(cell));
            };
            byName.put(cells[0], new Row(cells[0], (int) row.get("non_us_img_ranked_first").orElseThrow(),
                    row.get("match_rate_pct").orElseThrow() / 100, row.get("step2_median_matched"),
                    row.get("step2_median_unmatched"), row.get("step2_mean_matched"), row.get("step2_mean_unmatched"),
                    row.get("step2_q1_matched"), row.get("step2_q3_matched"), row.get("contiguous_ranks_mean_matched"),
                    row.get("contiguous_ranks_mean_unmatched")));
        }
        Map<Specialty, Row> rows = new EnumMap<>(Specialty.class);
        for (Specialty specialty : Specialty.values()) {
            Row row = byName.get(specialty.nrmpName());
            if (row == null) {
                throw new IllegalStateException("NRMP has no row named " + specialty.nrmpName());
            }
            rows.put(specialty, row);
        }
        return new NrmpOutcomes(rows);
    }

    private interface Cells {
        OptionalDouble get(String column);
    }

    public Row of(Specialty specialty) {
        return rows.get(specialty);
    }
}
