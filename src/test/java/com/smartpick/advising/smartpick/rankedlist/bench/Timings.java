package com.smartpick.advising.smartpick.rankedlist.bench;

import com.smartpick.advising.support.StatementCounter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Samples per measured thing, printed as p50 and p95 with the SQL statements of the median sample. A sample taken
 * while warming up is dropped, so the JIT, the caches and the browser's bundle are warm for the samples kept.
 */
final class Timings {

    private record Sample(double millis, int statements) {
    }

    private final String title;
    private final Map<String, List<Sample>> samples = new LinkedHashMap<>();

    Timings(String title) {
        this.title = title;
    }

    /** Times {@code work} in this JVM, counting the statements jOOQ runs meanwhile; returns what it returned. */
    <T> T time(String what, boolean keep, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        long[] nanos = new long[1];
        int statements = StatementCounter.INSTANCE.during(() -> {
            long started = System.nanoTime();
            result.add(work.get());
            nanos[0] = System.nanoTime() - started;
        });
        if (keep) {
            add(what, nanos[0] / 1e6, statements);
        }
        return result.get(0);
    }

    void time(String what, boolean keep, Runnable work) {
        time(what, keep, () -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    /** A time measured elsewhere (in the browser), with the statements the server ran meanwhile (-1: not counted). */
    void add(String what, double millis, int statements) {
        samples.computeIfAbsent(what, k -> new ArrayList<>()).add(new Sample(millis, statements));
    }

    void print() {
        System.out.println();
        System.out.println(title);
        samples.forEach((what, all) -> {
            List<Sample> sorted = new ArrayList<>(all);
            sorted.sort((a, b) -> Double.compare(a.millis(), b.millis()));
            Sample median = sorted.get(sorted.size() / 2);
            Sample p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
            System.out.printf(Locale.ROOT, "  %-46s p50 %8.1f ms   p95 %8.1f ms   %s(%d runs)%n", what, median.millis(),
                    p95.millis(), median.statements() < 0 ? "" : "statements " + median.statements() + "   ", sorted.size());
        });
    }
}
