package com.smartpick.advising.smartpick.engine;

/** Number formats for explanations; hand-rolled because String.format is slow in the scoring path. */
final class Format {

    private Format() {
    }

    /** A probability as a whole percentage, e.g. "34%". */
    static String percent(double p) {
        return Math.round(p * 100) + "%";
    }

    /** A log-odds term with its sign and two decimals, e.g. "+0.15" or "-1.00". */
    static String signed(double x) {
        long hundredths = Math.round(Math.abs(x) * 100);
        String sign = x < 0 && hundredths != 0 ? "-" : "+";
        long fraction = hundredths % 100;
        return sign + hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
