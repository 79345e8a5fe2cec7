package com.smartpick.advising.standalone.demo;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.security.AdvisingPrincipal;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.rankedlist.AnnotationKind;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RunSetup;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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

    record Person(long id, String name, Role role) {
        Viewer viewer() {
            return new Viewer(id, name, Set.of(role));
        }
    }

    private final RankedListService lists;

    DemoRankedLists(RankedListService lists) {
        this.lists = lists;
    }

    /** Runs inside the demo loader's transaction. */
    void load(Person advisor, Person mentor, long student, Person advisor2, Person mentor2, long student2) {
        try {
            as(advisor);
            RunSetup setup = lists.setup(student);
            RankedList first = lists.run(student, setup.defaultSpecialty(), 30, setup.inputs());
            lists.annotate(first.id(), first.entries().get(0).id(), AnnotationKind.STRONG_FIT,
                    "Takes many IMGs and interviews early: apply on the day ERAS opens.");
            first = lists.exclude(first.id(), first.version(), first.entries().get(4).id(),
                    "Sofia would not move there for family reasons.");
            as(mentor);
            lists.annotate(first.id(), first.entries().get(1).id(), AnnotationKind.NOTE,
                    "I rotated here: a supportive program director. Worth a signal.");
            as(advisor);
            first = lists.submitForReview(first.id(), first.version());
            first = lists.approve(first.id(), first.version());
            lists.publish(first.id(), first.version());
            lists.run(student, setup.defaultSpecialty(), 40, setup.inputs());

            as(advisor2);
            RunSetup setup2 = lists.setup(student2);
            RankedList second = lists.run(student2, setup2.defaultSpecialty(), 35, setup2.inputs());
            second = lists.submitForReview(second.id(), second.version());
            as(mentor2);
            lists.annotate(second.id(), second.entries().get(2).id(), AnnotationKind.CONCERN,
                    "Requires hands-on USCE in practice: Rahul has observerships only.");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void as(Person person) {
        Viewer viewer = person.viewer();
        AdvisingPrincipal principal = () -> viewer;
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, viewer.authorities()));
    }
}
