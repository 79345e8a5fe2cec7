package com.smartpick.advising.standalone.demo;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RunSetup;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.smartpick.advising.tracker.Outcome;
import com.smartpick.advising.tracker.TrackedProgram;
import com.smartpick.advising.tracker.Tracker;
import com.smartpick.advising.tracker.TrackerChange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo trackers, recorded through the real services with the clock turned back to each step's day. A finished past
 * season, the 2026 Match, for a cohort of its own: its students' lists were published in the summer of 2025, and what
 * happened is <b>simulated</b> from SmartPick's own predictions with a fixed seed (an invitation with each program's
 * predicted chance, a match at each program ranked with {@link #DEMO_MATCH_PER_RANK}), so the outcomes page shows
 * something real-looking and says nothing about the real world; the cohort's name says so. And the season under way:
 * the demo student applied to her published list when programs began to receive applications, with a few invitations.
 */
@Component
@Feature.SmartPick
@ConditionalOnProperty(name = "advising.demo.enabled", havingValue = "true")
class DemoTracker {

    /** The demo's chance of matching at each program ranked, in turn: a simulation's figure, not a published one. */
    static final double DEMO_MATCH_PER_RANK = 0.3;
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 20);
    private static final LocalDate APPLIED = LocalDate.of(2025, 9, 24);
    private static final LocalDate RANKED = LocalDate.of(2026, 2, 20);
    /** NRMP's Match Day for the 2026 Main Residency Match. */
    private static final LocalDate MATCH_DAY = LocalDate.of(2026, 3, 20);

    private final RankedListService lists;
    private final ApplicationTrackerService tracker;
    private final DemoScene scene;

    DemoTracker(RankedListService lists, ApplicationTrackerService tracker, DemoScene scene) {
        this.lists = lists;
        this.tracker = tracker;
        this.scene = scene;
    }

    /** The past season's students (enrolled, with profiles) get published lists and a whole season recorded. */
    void pastSeason(Viewer advisor, List<Viewer> students) {
        Random random = new Random(2026);
        for (Viewer student : students) {
            scene.as(advisor, daysAgo(PUBLISHED));
            RunSetup setup = lists.setup(student.personId());
            RankedList list = lists.run(student.personId(), setup.defaultSpecialty(), 30 + random.nextInt(31),
                    setup.inputs());
            list = lists.submitForReview(list.id(), list.version());
            list = lists.approve(list.id(), list.version());
            lists.publish(list.id(), list.version());
            season(student, random);
        }
    }

    /** Applications and interviews as of the winter, then ranks and the outcome after Match Day. */
    private void season(Viewer student, Random random) {
        scene.as(student, daysAgo(RANKED));
        Tracker before = tracker.tracker(student.personId(), 2026);
        List<TrackerChange> interviews = new ArrayList<>();
        List<TrackerChange> attended = new ArrayList<>();
        for (TrackedProgram p : before.programs()) {
            LocalDate applied = APPLIED.plusDays(random.nextInt(6));
            TrackerChange change = p.unchanged().withApplied(applied);
            if (random.nextDouble() < p.predictedInterview()) {
                LocalDate invited = applied.plusDays(14 + random.nextInt(70));
                change = change.withInvited(invited);
                // about one invitation in ten declined, as students keep to the interviews they can attend
                if (random.nextInt(10) == 0) {
                    change = change.withDeclined(invited.plusDays(2));
                } else {
                    change = change.withAttended(invited.plusDays(10 + random.nextInt(25)));
                    attended.add(change);
                }
            }
            interviews.add(change);
        }
        Tracker winter = tracker.save(student.personId(), interviews);
        scene.as(student, daysAgo(MATCH_DAY.plusDays(3)));
        List<TrackerChange> ranks = new ArrayList<>();
        List<String> order = new ArrayList<>(attended.stream().map(TrackerChange::programId).toList());
        Collections.shuffle(order, random);
        boolean matched = false;
        for (int place = 0; place < order.size(); place++) {
            TrackerChange now = winter.program(order.get(place)).orElseThrow().unchanged().withRank(place + 1);
            boolean here = !matched && random.nextDouble() < DEMO_MATCH_PER_RANK;
            matched |= here;
            ranks.add(now.withOutcome(here ? Outcome.MATCHED : Outcome.NOT_MATCHED));
        }
        if (!matched) {
            // unmatched: said on a program applied to, and now and then an offer in SOAP from a program not ranked
            winter.programs().stream().filter(p -> p.rankPosition() == null && !order.contains(p.programId()))
                    .findFirst().ifPresent(p -> ranks.add(p.unchanged().withOutcome(random.nextInt(3) == 0
                            ? Outcome.SOAP_OFFER : Outcome.NOT_MATCHED)));
        }
        tracker.save(student.personId(), ranks);
    }

    /** The demo student applied to every program of her published list, and the first invitations came. */
    void seasonUnderWay(Viewer student, LocalDate applied) {
        if (applied.isAfter(scene.today())) {
            return;
        }
        scene.as(student);
        Tracker now = tracker.tracker(student.personId(), tracker.seasons(student.personId()).underWay());
        if (!now.editable()) {
            return;
        }
        Random random = new Random(2027);
        List<TrackerChange> changes = new ArrayList<>();
        for (TrackedProgram p : now.programs()) {
            TrackerChange change = p.unchanged().withApplied(applied);
            LocalDate invited = applied.plusDays(21 + random.nextInt(40));
            if (random.nextDouble() < p.predictedInterview() * 0.6 && !invited.isAfter(scene.today())) {
                change = change.withInvited(invited);
            }
            changes.add(change);
        }
        tracker.save(student.personId(), changes);
    }

    private int daysAgo(LocalDate day) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(day, scene.today()));
    }
}
