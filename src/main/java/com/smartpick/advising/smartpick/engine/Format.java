package com.smartpick.advising.smartpick.engine;

/**
 * Number formats for explanations; hand-rolled because String.format is slow in the scoring path. Public so every
 * view of a result shows a chance exactly as its explanation does.
 */
public final class Format {

    private Format() {
    }

    /** A probability as a percentage, e.g. "34%"; below 10% with one decimal, e.g. "1.2%", so it matches its weight. */
    public static String percent(double p) {
        if (p >= 0.1) {
            return Math.round(p * 100) + "%";
        }
        long tenths = Math.round(p * 1000);
        return tenths / 10 + "." + tenths % 10 + "%";
    }

    /** A log-odds term with its sign and two decimals, e.g. "+0.15" or "-1.00". */
    static String signed(double x) {
        long hundredths = Math.round(Math.abs(x) * 100);
        String sign = x < 0 && hundredths != 0 ? "-" : "+";
        long fraction = hundredths % 100;
        return sign + hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
