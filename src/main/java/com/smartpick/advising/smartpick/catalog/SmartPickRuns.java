package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.Applicant;
import com.smartpick.advising.smartpick.engine.RunOptions;
import com.smartpick.advising.smartpick.engine.SmartPick;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where the services run the engine, so every run is counted and timed ({@code advising.smartpick.runs}, by
 * {@link Caller}) where the application measures itself with Micrometer; without it a run is only a run.
 */
@Component
public class SmartPickRuns {

    /** Who ran the engine: the timer's {@code caller} tag. */
    public enum Caller {
        /** Staff's runs and previews of a student's ranked list. */
        RANKED_LIST,
        /** Visitors' "Try SmartPick". */
        TRY;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How a run is timed; {@link SmartPickRunMeters} where Micrometer is there. */
    interface Timing {

        SmartPickResult time(Caller caller, Supplier<SmartPickResult> run);
    }

    private final Timing timing;

    SmartPickRuns(ObjectProvider<Timing> timing) {
        this.timing = timing.getIfAvailable(() -> (caller, run) -> run.get());
    }

    public SmartPickResult rank(Caller caller, SmartPick engine, Applicant applicant, RunOptions options) {
        return timing.time(caller, () -> engine.rank(applicant, options));
    }
}
