package com.smartpick.advising.standalone.demo;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.rankedlist.AnnotationKind;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RunSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo ranked lists, made through the real service as the demo staff would (so the audit trail shows them): the demo
 * student has a published version 1 (annotated, one program excluded) and a newer draft that shows the difference;
 * student2 has a version in review with a mentor's concern.
 */
@Component
@Feature.SmartPick
@ConditionalOnProperty(name = "advising.demo.enabled", havingValue = "true")
class DemoRankedLists {

    private final RankedListService lists;
    private final DemoScene scene;

    DemoRankedLists(RankedListService lists, DemoScene scene) {
        this.lists = lists;
        this.scene = scene;
    }

    /** Runs inside the demo loader's transaction. */
    void load(Viewer advisor, Viewer mentor, long student, Viewer advisor2, Viewer mentor2, long student2) {
        scene.as(advisor);
        RunSetup setup = lists.setup(student);
        RankedList first = lists.run(student, setup.defaultSpecialty(), 30, setup.inputs());
        lists.annotate(first.id(), first.entries().get(0).id(), AnnotationKind.STRONG_FIT,
                "Takes many IMGs and interviews early: apply on the day ERAS opens.");
        first = lists.exclude(first.id(), first.version(), first.entries().get(4).id(),
                "Sofia would not move there for family reasons.");
        scene.as(mentor);
        lists.annotate(first.id(), first.entries().get(1).id(), AnnotationKind.NOTE,
                "I rotated here: a supportive program director. Worth a signal.");
        scene.as(advisor);
        first = lists.submitForReview(first.id(), first.version());
        first = lists.approve(first.id(), first.version());
        lists.publish(first.id(), first.version());
        lists.run(student, setup.defaultSpecialty(), 40, setup.inputs());

        scene.as(advisor2);
        RunSetup setup2 = lists.setup(student2);
        RankedList second = lists.run(student2, setup2.defaultSpecialty(), 35, setup2.inputs());
        second = lists.submitForReview(second.id(), second.version());
        scene.as(mentor2);
        lists.annotate(second.id(), second.entries().get(2).id(), AnnotationKind.CONCERN,
                "Requires hands-on USCE in practice: Rahul has observerships only.");
    }
}
