package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.worklist.WorkItem;
import com.smartpick.advising.worklist.WorkSource;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Lists in review, one line each: an advisor approves them, a mentor annotates them. Each line opens that student's
 * lists, since a mentor has no page that gathers lists of several students.
 */
@Component
class ListWork implements WorkSource {

    private final RankedListService lists;

    ListWork(RankedListService lists) {
        this.lists = lists;
    }

    @Override
    public List<WorkItem> itemsFor(Viewer viewer) {
        if (!viewer.may(Permission.ANNOTATE_LISTS)) {
            return List.of();
        }
        String verb = viewer.may(Permission.APPROVE_LISTS) ? "Approve" : "Annotate";
        return lists.inReview().stream().map(list -> WorkItem.waiting(
                        verb + " " + list.studentName() + "'s list (" + list.specialty().displayName() + ", version "
                                + list.listNo() + ")", 1, StudentListsView.class,
                        new RouteParameters(StudentListsView.STUDENT_ID, String.valueOf(list.studentId())),
                        list.submittedAt().toLocalDate()))
                .toList();
    }
}
