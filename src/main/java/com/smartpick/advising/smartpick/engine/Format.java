package com.smartpick.advising.smartpick.engine;

/**
 * Number formats for chances and explanations; hand-rolled because String.format is slow in the scoring path. Public so
 * every view of a result shows a chance exactly as its explanation does.
 */
public final class Format {

    private Format() {
    }

    /**
     * A probability as a percentage, e.g. "34%"; below 10% with one decimal, e.g. "1.2%". A model is never certain:
     * a chance that rounds to 0% or 100% shows as "<0.1%" or ">99%", and only a true 0 (no program open) as "0%".
     */
    public static String percent(double p) {
        if (p <= 0) {
            return "0%";
        }
        if (p < 0.001) {
            return "<0.1%";
        }
        if (p >= 0.995) {
            return ">99%";
        }
        if (p >= 0.1) {
            return Math.round(p * 100) + "%";
        }
        long tenths = Math.round(p * 1000);
        return tenths / 10 + "." + tenths % 10 + "%";
    }

    /** A chance with its range, e.g. "48% (31–66%)". */
    public static String withRange(MatchChance chance) {
        return percent(chance.estimate()) + " (" + percent(chance.low()) + "–" + percent(chance.high()) + ")";
    }

    /** A change in a chance, in percentage points with its sign: "+2.1 points", "-0.35 points", "±0 points". */
    public static String points(double change) {
        String size = pointsSize(change);
        if (size.startsWith("0 ")) {
            return "±" + size;
        }
        return (change < 0 ? "-" : "+") + size;
    }

    /** The size of a change in percentage points: one decimal from 1 point, two below, e.g. "2.1 points", "0.05 points". */
    public static String pointsSize(double change) {
        double points = Math.abs(change) * 100;
        if (points >= 1) {
            long tenths = Math.round(points * 10);
            return tenths / 10 + "." + tenths % 10 + " points";
        }
        long hundredths = Math.round(points * 100);
        if (hundredths == 0) {
            return "0 points";
        }
        return "0." + (hundredths < 10 ? "0" : "") + hundredths + " points";
    }

    /** A count with its noun, singular or plural as the count asks: "1 application", "3 applications", "0 letters". */
    public static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    public static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
