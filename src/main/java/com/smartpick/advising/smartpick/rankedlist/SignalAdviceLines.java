package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.engine.SignalAdvice;
import com.smartpick.advising.smartpick.engine.SignalSuggestion;
import java.util.ArrayList;
import java.util.List;

/** The engine's signal advice in plain sentences, as a list stores it and every view shows it. */
public final class SignalAdviceLines {

    private SignalAdviceLines() {
    }

    public static List<String> of(SignalAdvice advice) {
        List<String> lines = new ArrayList<>();
        lines.add("The specialty allows " + advice.allowance().describe() + "; placed so far: "
                + advice.primaryPlaced() + (advice.allowance().secondary() > 0 ? " gold, " + advice.secondaryPlaced() + " silver." : "."));
        for (SignalSuggestion s : advice.suggestions()) {
            lines.add("Place a " + s.signalName() + " on #" + s.rank() + " " + s.program().name() + ": "
                    + Format.percent(s.probabilityWithout()) + " → " + Format.percent(s.probabilityWith()) + ".");
        }
        if (!advice.suggestions().isEmpty()) {
            lines.add("With every suggested signal the chance of matching would be " + Format.percent(advice.chanceWithSuggestions()) + ".");
        }
        return lines;
    }
}
