package com.smartpick.advising.statement;

import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackSubject;
import com.smartpick.advising.security.Viewer;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * Personal-statement drafts as what feedback is about: only drafts the viewer may read (the drafts' repository's one
 * read condition), so only shared ones for staff. A repository itself, for the feature's boundary.
 */
@Repository
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
