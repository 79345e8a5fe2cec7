package com.smartpick.advising.experience;

import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackSubject;
import com.smartpick.advising.security.Viewer;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * Experience records as what feedback is about, read through the records' repository (so by its visibility rule): a
 * repository itself, for the feature's boundary.
 */
@Repository
class RecordsAsFeedbackSubject implements FeedbackSubject {

    private final ExperienceRepository records;

    RecordsAsFeedbackSubject(ExperienceRepository records) {
        this.records = records;
    }

    @Override
    public FeedbackAbout about() {
        return FeedbackAbout.RECORD;
    }

    @Override
    public Optional<Found> find(Viewer viewer, long recordId) {
        return records.find(recordId, viewer).map(r -> new Found(r.studentId(), r.details().describe()));
    }
}
