package com.smartpick.advising.tracker;

import java.util.Locale;

/**
 * The reliability chart as SVG, drawn on the server (no chart library, no JavaScript): SmartPick's predicted chance
 * across, the share that happened up, one point per band at its mean prediction with its 95 % Wilson interval and its
 * count; the diagonal is where a well-calibrated prediction lies. A band's point is hollow when it holds fewer than
 * {@link Reliability#SMALL_BAND} predictions.
 */
public final class ReliabilityChart {

    static final int WIDTH = 520;
    static final int HEIGHT = 420;
    private static final int LEFT = 60;
    private static final int TOP = 20;
    private static final int PLOT = 340;

    private ReliabilityChart() {
    }

    public static String svg(Reliability reliability, String what) {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"12\" role=\"img\">", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<title>").append(escape("Reliability: " + what + ", predicted against observed")).append("</title>");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fafbfc\" "
                + "stroke=\"#c9ced6\"/>", LEFT, TOP, PLOT, PLOT));
        for (int i = 0; i <= 10; i += 2) {
            double v = i / 10.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e6ea\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">%d%%</text>"
                    + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e6ea\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#444\">%d%%</text>",
                    x(v), TOP, x(v), TOP + PLOT, x(v), TOP + PLOT + 16, i * 10,
                    LEFT, y(v), LEFT + PLOT, y(v), LEFT - 6, y(v) + 4, i * 10));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#8a94a3\" "
                + "stroke-dasharray=\"5 4\"/>", x(0), y(0), x(1), y(1)));
        for (Reliability.Band band : reliability.bands()) {
            if (band.n() == 0) {
                continue;
            }
            double cx = x(band.meanPredicted());
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1a5fb4\" "
                    + "stroke-width=\"2\"/>", cx, y(band.wilsonLow()), cx, y(band.wilsonHigh())));
            boolean small = band.n() < Reliability.SMALL_BAND;
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"#1a5fb4\" "
                    + "stroke-width=\"2\"/><text x=\"%.1f\" y=\"%.1f\" fill=\"#1a1a1a\">n=%d</text>",
                    cx, y(band.observedShare()), small ? "#fff" : "#1a5fb4", cx + 8, y(band.observedShare()) - 6, band.n()));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#1a1a1a\">%s</text>",
                LEFT + PLOT / 2, TOP + PLOT + 36, escape("SmartPick's predicted " + what)));
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" text-anchor=\"middle\" fill=\"#1a1a1a\" "
                + "transform=\"rotate(-90 16 %d)\">share that happened</text>", TOP + PLOT / 2, TOP + PLOT / 2));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#444\">dashed: perfect calibration · "
                + "bars: 95%% Wilson interval · hollow: fewer than %d</text>", LEFT, HEIGHT - 8, Reliability.SMALL_BAND));
        return svg.append("</svg>").toString();
    }

    private static double x(double v) {
        return LEFT + v * PLOT;
    }

    private static double y(double v) {
        return TOP + (1 - v) * PLOT;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
