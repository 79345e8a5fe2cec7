package com.smartpick.advising.tracker;

import java.util.Locale;

/**
 * The reliability chart as SVG, drawn on the server (no chart library, no JavaScript): SmartPick's predicted chance
 * across, the share that happened up, one point per band at its mean prediction with its 95 % Wilson interval and its
 * count; the diagonal is where a well-calibrated prediction lies. A band's point is hollow when it holds fewer than
 * {@link Reliability#SMALL_BAND} predictions. Both axes end at the first of 5, 10, 20, 50 or 100 % above every point,
 * so chances of a few percent are not crammed into a corner; an interval reaching past the top is cut at it.
 */
public final class ReliabilityChart {

    static final int WIDTH = 520;
    static final int HEIGHT = 440;
    private static final int LEFT = 60;
    private static final int TOP = 20;
    private static final int PLOT = 340;

    private ReliabilityChart() {
    }

    private static final double[] TOPS = {0.05, 0.1, 0.2, 0.5, 1};

    public static String svg(Reliability reliability, String what) {
        double top = top(reliability);
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"12\" role=\"img\">", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<title>").append(escape("Reliability: " + what + ", predicted against observed")).append("</title>");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fafbfc\" "
                + "stroke=\"#c9ced6\"/>", LEFT, TOP, PLOT, PLOT));
        for (int i = 0; i <= 5; i++) {
            double v = top * i / 5;
            String tick = String.format(Locale.ROOT, "%.0f%%", v * 100);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e6ea\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">%s</text>"
                    + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e6ea\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#444\">%s</text>",
                    x(v, top), TOP, x(v, top), TOP + PLOT, x(v, top), TOP + PLOT + 16, tick,
                    LEFT, y(v, top), LEFT + PLOT, y(v, top), LEFT - 6, y(v, top) + 4, tick));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#8a94a3\" "
                + "stroke-dasharray=\"5 4\"/>", x(0, top), y(0, top), x(top, top), y(top, top)));
        for (Reliability.Band band : reliability.bands()) {
            if (band.n() == 0) {
                continue;
            }
            double cx = x(band.meanPredicted(), top);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1a5fb4\" "
                    + "stroke-width=\"2\"/>", cx, y(band.wilsonLow(), top), cx, y(Math.min(top, band.wilsonHigh()), top)));
            boolean small = band.n() < Reliability.SMALL_BAND;
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"#1a5fb4\" "
                    + "stroke-width=\"2\"/><text x=\"%.1f\" y=\"%.1f\" fill=\"#1a1a1a\">n=%d</text>",
                    cx, y(band.observedShare(), top), small ? "#fff" : "#1a5fb4", cx + 8, y(band.observedShare(), top) - 6,
                    band.n()));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#1a1a1a\">%s</text>",
                LEFT + PLOT / 2, TOP + PLOT + 36, escape("SmartPick's predicted " + what)));
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" text-anchor=\"middle\" fill=\"#1a1a1a\" "
                + "transform=\"rotate(-90 16 %d)\">share that happened</text>", TOP + PLOT / 2, TOP + PLOT / 2));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#444\">dashed: perfect calibration · "
                + "bars: 95%% Wilson interval</text><text x=\"%d\" y=\"%d\" fill=\"#444\">hollow: fewer than %d "
                + "predictions in the band</text>", LEFT, HEIGHT - 24, LEFT, HEIGHT - 8, Reliability.SMALL_BAND));
        return svg.append("</svg>").toString();
    }

    /** The axes' end: the first of {@link #TOPS} at or above every band's mean prediction and observed share. */
    static double top(Reliability reliability) {
        double highest = reliability.bands().stream().filter(b -> b.n() > 0)
                .mapToDouble(b -> Math.max(b.meanPredicted(), b.observedShare())).max().orElse(1);
        for (double top : TOPS) {
            if (highest <= top) {
                return top;
            }
        }
        return 1;
    }

    private static double x(double v, double top) {
        return LEFT + v / top * PLOT;
    }

    private static double y(double v, double top) {
        return TOP + (1 - v / top) * PLOT;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
