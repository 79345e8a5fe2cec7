package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.smartpick.engine.CurvePoint;
import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.engine.InterviewCounts;
import com.smartpick.advising.smartpick.engine.MarginalValue;
import com.smartpick.advising.smartpick.engine.MatchChance;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.SignalAdviceLines;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a list, whether a live run or a stored version: what {@link ResultSummary} shows.
 *
 * @param legacyInterviewsNeeded set for versions made before the chance of matching (see {@link RankedList})
 */
record Figures(int applications, @Nullable Integer legacyInterviewsNeeded, MatchChance matchChance,
        double expectedInterviews, @Nullable InterviewCounts interviews, int totalCost, int considered, int eligible, MarginalValue plusOne,
        MarginalValue plusTen, List<CurvePoint> curve, List<String> signalAdvice, String listEnd, List<String> warnings,
        String seasonNote) {

    static Figures of(SmartPickResult result) {
        return new Figures(result.entries().size(), null, result.matchChance(), result.expectedInterviews(),
                result.interviews(), result.totalCost(), result.eligibility().considered(), result.eligibility().eligible(), result.plusOne(),
                result.plusTen(), result.curve(), SignalAdviceLines.of(result.signalAdvice()), result.end().explain(),
                result.warnings(), result.seasonNote());
    }

    /**
     * The applications are the entries kept: an excluded program is not applied to, and the figures follow. Where the
     * run ended says so, with the exclusions since (a student's own list holds no excluded entry to count).
     */
    static Figures of(RankedList list) {
        int excluded = list.entries().size() - list.keptEntries().size();
        String end = excluded == 0 ? list.listEnd() : list.listEnd() + " Since the run, "
                + Format.count(excluded, "program was", "programs were") + " excluded by an advisor: the figures above "
                + "are for the " + Format.count(list.keptEntries().size(), "program") + " kept.";
        return new Figures(list.keptEntries().size(), list.legacyInterviewsNeeded(), list.matchChance(),
                list.expectedInterviews(), list.interviews(), list.totalCost(), list.considered(), list.eligible(), list.plusOne(),
                list.plusTen(), list.curve(), list.signalAdvice(), end, list.warnings(), list.seasonNote());
    }
}
