package com.smartpick.advising.load;

import com.smartpick.advising.load.LoadRun.Action;
import com.smartpick.advising.load.LoadRun.Kind;
import com.smartpick.advising.load.LoadRun.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The printout of a load run: throughput, latency per action, errors, and what the machine and the server looked like. */
final class LoadReport {

    private LoadReport() {
    }

    static String table(String title, Result result) {
        StringBuilder out = new StringBuilder();
        var settings = result.settings();
        out.append(String.format(Locale.ROOT, "%n%s: %d users, warm-up %d s, measured %d s, think time %s%n", title,
                result.users(), settings.warmUp().toSeconds(), settings.measured().toSeconds(),
                settings.thinkMax().isZero() ? "none" : settings.thinkMin().toMillis() / 1000.0 + "–"
                        + settings.thinkMax().toMillis() / 1000.0 + " s"));
        out.append(String.format(Locale.ROOT, "%-34s %8s %8s %9s %9s %9s%n", "action", "count", "per s", "p50 ms",
                "p95 ms", "p99 ms"));
        for (Map.Entry<Action, List<Long>> entry : result.nanos().entrySet()) {
            List<Long> samples = entry.getValue();
            out.append(String.format(Locale.ROOT, "%-34s %8d %8.1f %9s %9s %9s%n", entry.getKey().label, samples.size(),
                    result.perSecond(samples.size()), millis(samples, 50), millis(samples, 95), millis(samples, 99)));
        }
        long pages = result.count(Kind.PAGE);
        long clicks = result.count(Kind.CLICK);
        out.append(String.format(Locale.ROOT, "page opens %.1f/s (%d), clicks %.1f/s (%d); all actions: p95 %s ms%n",
                result.perSecond(pages), pages, result.perSecond(clicks), clicks,
                millis(result.nanos().values().stream().flatMap(List::stream).sorted().toList(), 95)));
        out.append("errors in the measured time: ").append(result.errorCount());
        result.errors().forEach((kind, count) -> out.append(String.format("%n  %5d × %s", count, kind)));
        if (!result.errorsOutside().isEmpty()) {
            out.append(String.format("%nerrors outside the measured time:"));
            result.errorsOutside().forEach((kind, count) -> out.append(String.format("%n  %5d × %s", count, kind)));
        }
        return out.append(String.format("%n")).toString();
    }

    /** The server's heap as it is and after a full collection (what the sessions keep), the process's RSS, the load. */
    static String machine() {
        var memory = ManagementFactory.getMemoryMXBean();
        long heap = memory.getHeapMemoryUsage().getUsed();
        System.gc();
        long afterGc = memory.getHeapMemoryUsage().getUsed();
        return String.format(Locale.ROOT, "heap used %.0f MB (%.0f MB after a full GC), RSS %s, load average %s%n",
                heap / 1e6, afterGc / 1e6, residentSetSize(), loadAverage());
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        String[] fields = read(Path.of("/proc/loadavg")).split(" ");
        return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2]
                : String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String residentSetSize() {
        return read(Path.of("/proc/self/status")).lines().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> String.format(Locale.ROOT, "%.0f MB",
                        Long.parseLong(line.replaceAll("\\D", "")) / 1e3))
                .findFirst().orElse("unknown");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String millis(List<Long> sortedNanos, int percentile) {
        if (sortedNanos.isEmpty()) {
            return "–";
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.size()) - 1;
        return String.format(Locale.ROOT, "%.0f", sortedNanos.get(Math.max(0, index)) / 1e6);
    }
}
