package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.experience.ExperienceSummary;
import com.smartpick.advising.letter.LetterService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A student's recorded inputs as the other features keep them: US clinical months from their current verified
 * experience records (hands-on and observership apart, overlapping periods counted once; whole months, as the
 * engine's weights are per month) and their approved letters, all written by the portal's mentors in the US. Both
 * services check that the asker may see the student. Where a host switched letters off, no letter counts: the portal
 * then keeps none.
 */
@Component
class FromRecords implements RecordedInputsSource {

    private final ExperienceService experience;
    private final ObjectProvider<LetterService> letters;

    FromRecords(ExperienceService experience, ObjectProvider<LetterService> letters) {
        this.experience = experience;
        this.letters = letters;
    }

    @Override
    public RecordedInputs of(long studentId) {
        ExperienceSummary months = experience.summaryOf(studentId);
        LetterService approved = letters.getIfAvailable();
        return new RecordedInputs((int) months.handsOnUsceMonths(), (int) months.observershipUsceMonths(),
                approved == null ? 0 : approved.approvedLettersOf(studentId).size());
    }
}
