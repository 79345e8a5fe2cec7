package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.base.PluginMeters;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.stereotype.Component;

/** {@code advising.smartpick.runs}: how many engine runs, and how long they took, per caller. */
@Component
@ConditionalOnClass(name = PluginMeters.MICROMETER)
class SmartPickRunMeters extends PluginMeters implements SmartPickRuns.Timing {

    private final Map<SmartPickRuns.Caller, Timer> timers = new EnumMap<>(SmartPickRuns.Caller.class);

    SmartPickRunMeters() {
        for (SmartPickRuns.Caller caller : SmartPickRuns.Caller.values()) {
            timers.put(caller, Timer.builder("advising.smartpick.runs")
                    .description("SmartPick engine runs: ranking a catalog for one applicant")
                    .tag("caller", caller.tag()).register(meters));
        }
    }

    @Override
    public SmartPickResult time(SmartPickRuns.Caller caller, Supplier<SmartPickResult> run) {
        return timers.get(caller).record(run);
    }
}
