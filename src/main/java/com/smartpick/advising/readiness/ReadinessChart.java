package com.smartpick.advising.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The readiness chart as SVG, drawn on the server (no chart library, no JavaScript): one bar for the students
 * without any flag and one per flag, each as a share of the students shown.
 */
public final class ReadinessChart {

    static final int WIDTH = 560;
    private static final int LABEL = 250;
    private static final int BAR = 22;
    private static final int GAP = 8;

    private ReadinessChart() {
    }

    public static String svg(ReadinessSummary summary) {
        List<String[]> bars = new ArrayList<>();
        bars.add(new String[] {"ready (no flags)", String.valueOf(summary.ready()), "ready"});
        for (Flag flag : Flag.values()) {
            bars.add(new String[] {flag.label(), String.valueOf(summary.flagged(flag)), "flag"});
        }
        int height = bars.size() * (BAR + GAP) + GAP;
        int track = WIDTH - LABEL - 70;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"13\">", WIDTH, height, WIDTH, height));
        for (int i = 0; i < bars.size(); i++) {
            String[] bar = bars.get(i);
            int count = Integer.parseInt(bar[1]);
            int y = GAP + i * (BAR + GAP);
            int length = summary.students() == 0 ? 0 : Math.round((float) track * count / summary.students());
            String percent = summary.students() == 0 ? "0" : String.valueOf(Math.round(100f * count / summary.students()));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#333\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"#e8ebef\"/>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" fill=\"#333\">%d · %s%%</text>",
                    LABEL - 8, y + 16, bar[0].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
                    LABEL, y, track, BAR,
                    LABEL, y, length, BAR, bar[2].equals("ready") ? "#2e7d32" : "#c62828",
                    LABEL + track + 6, y + 16, count, percent));
        }
        return svg.append("</svg>").toString();
    }
}
