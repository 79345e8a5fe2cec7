package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.smartpick.engine.CurvePoint;
import com.smartpick.advising.smartpick.engine.MarginalValue;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.SignalAdviceLines;
import java.util.List;

/** The figures of a list, whether a live run or a stored version: what {@link ResultSummary} shows. */
record Figures(int applications, int interviewsNeeded, double overallChance, double expectedInterviews, int totalCost,
        int considered, int eligible, MarginalValue plusOne, MarginalValue plusTen, List<CurvePoint> curve,
        List<String> signalAdvice) {

    static Figures of(SmartPickResult result) {
        return new Figures(result.entries().size(), result.interviewsNeeded(), result.overallChance(),
                result.expectedInterviews(), result.totalCost(), result.eligibility().considered(),
                result.eligibility().eligible(), result.plusOne(), result.plusTen(), result.curve(),
                SignalAdviceLines.of(result.signalAdvice()));
    }

    static Figures of(RankedList list) {
        return new Figures(list.entries().size(), list.interviewsNeeded(), list.overallChance(), list.expectedInterviews(),
                list.totalCost(), list.considered(), list.eligible(), list.plusOne(), list.plusTen(), list.curve(),
                list.signalAdvice());
    }
}
