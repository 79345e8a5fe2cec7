package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.smartpick.engine.CurvePoint;
import com.smartpick.advising.smartpick.engine.Format;
import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;

/**
 * The chance of enough interviews against the number of applications, drawn on the server as SVG (the front end runs
 * no chart library). The SVG sits inside a div: parsed as the div's inner HTML it lands in the SVG namespace, which a
 * root {@code <svg>} element created by Vaadin would not. Every text in it is a number or a fixed label.
 */
final class ChanceChart {

    static final int WIDTH = 520;
    static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;

    private ChanceChart() {
    }

    /** @param marked the number of applications to mark (the list's size), 0 for none */
    static Html of(List<CurvePoint> curve, int marked) {
        return new Html("<div class=\"chance-chart\">" + svg(curve, marked) + "</div>");
    }

    static String svg(List<CurvePoint> curve, int marked) {
        int shown = Math.min(curve.size(), Math.max(30, marked * 2));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        String label = curve.isEmpty() ? "No eligible programs: no chart."
                : "Chance of matching by number of applications; " + describe(curve, marked);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(label).append("\">");
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = TOP + plotHeight * (1 - pct / 100.0);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, pct == 0 ? "axis" : "grid"));
            svg.append(text(LEFT - 6, y + 4, "end", pct + "%"));
        }
        if (shown > 0) {
            int step = Math.max(1, niceStep(shown));
            for (int n = step; n <= shown; n += step) {
                svg.append(text(x(n, shown, plotWidth), HEIGHT - BOTTOM + 16, "middle", Integer.toString(n)));
            }
            svg.append(text(LEFT + plotWidth / 2, HEIGHT - 4, "middle", "applications"));
            StringBuilder points = new StringBuilder();
            points.append(fmt(LEFT)).append(',').append(fmt(TOP + plotHeight));
            for (int i = 0; i < shown; i++) {
                CurvePoint p = curve.get(i);
                points.append(' ').append(fmt(x(p.applications(), shown, plotWidth))).append(',')
                        .append(fmt(TOP + plotHeight * (1 - p.chance())));
            }
            svg.append("<polyline class=\"curve\" fill=\"none\" points=\"").append(points).append("\"/>");
            if (marked >= 1 && marked <= shown) {
                CurvePoint at = curve.get(marked - 1);
                double mx = x(marked, shown, plotWidth);
                double my = TOP + plotHeight * (1 - at.chance());
                svg.append(line(mx, TOP, mx, TOP + plotHeight, "marker-line"));
                svg.append("<circle class=\"marker\" cx=\"").append(fmt(mx)).append("\" cy=\"").append(fmt(my))
                        .append("\" r=\"4.5\"/>");
                boolean leftSide = mx > LEFT + plotWidth * 0.6;
                svg.append(text(leftSide ? mx - 8 : mx + 8, Math.max(TOP + 12, my - 8), leftSide ? "end" : "start",
                        marked + " → " + Format.percent(at.chance())));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String describe(List<CurvePoint> curve, int marked) {
        if (marked >= 1 && marked <= curve.size()) {
            return Format.percent(curve.get(marked - 1).chance()) + " with " + marked + " applications.";
        }
        return Format.percent(curve.get(curve.size() - 1).chance()) + " with all " + curve.size() + " eligible programs.";
    }

    private static int niceStep(int shown) {
        for (int step : new int[] {1, 2, 5, 10, 20, 25, 50, 100}) {
            if (shown / step <= 10) {
                return step;
            }
        }
        return shown / 10;
    }

    private static double x(int applications, int shown, double plotWidth) {
        return LEFT + plotWidth * applications / shown;
    }

    private static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return "<line class=\"" + cssClass + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2)
                + "\" y2=\"" + fmt(y2) + "\"/>";
    }

    private static String text(double x, double y, String anchor, String text) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">" + text + "</text>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
