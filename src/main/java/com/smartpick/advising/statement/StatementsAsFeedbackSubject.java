package com.smartpick.advising.statement;

import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackSubject;
import com.smartpick.advising.security.Viewer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Personal-statement drafts as what feedback is about: only drafts the viewer may read, so only shared ones for staff. */
@Component
class StatementsAsFeedbackSubject implements FeedbackSubject {

    private final StatementRepository statements;

    StatementsAsFeedbackSubject(StatementRepository statements) {
        this.statements = statements;
    }

    @Override
    public FeedbackAbout about() {
        return FeedbackAbout.STATEMENT;
    }

    @Override
    public Optional<Found> find(Viewer viewer, long statementId) {
        return statements.find(statementId, viewer)
                .map(s -> new Found(s.studentId(), "personal-statement draft \"" + s.title() + "\""));
    }
}
