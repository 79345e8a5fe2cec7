package com.smartpick.advising.letter.ui;

import com.smartpick.advising.letter.Letter;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.LetterStatus;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.worklist.WorkItem;
import com.smartpick.advising.worklist.WorkSource;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** A mentor's letters still to write; an advisor's submitted letters to approve. */
@Component
class LetterWork implements WorkSource {

    private final LetterService letters;

    LetterWork(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public List<WorkItem> itemsFor(Viewer viewer) {
        List<WorkItem> items = new ArrayList<>();
        if (viewer.may(Permission.WRITE_LETTERS)) {
            items.add(waiting("Letters to write", letters.askedOfMe().stream()
                    .filter(letter -> LetterStatus.WITH_WRITER.contains(letter.status())).toList()));
        }
        if (viewer.may(Permission.APPROVE_LETTERS)) {
            items.add(waiting("Letters to approve", letters.ofMyStudents(LetterStatus.SUBMITTED)));
        }
        return items;
    }

    private static WorkItem waiting(String label, List<Letter> letters) {
        LocalDate oldest = letters.stream().map(letter -> letter.requestedAt().toLocalDate())
                .min(Comparator.naturalOrder()).orElse(null);
        return new WorkItem(label, letters.size(), LettersView.class, RouteParameters.empty(), QueryParameters.empty(),
                oldest, "asked since",
                WorkItem.Urgency.OPEN);
    }
}
