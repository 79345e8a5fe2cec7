package com.smartpick.advising.smartpick.rankedlist;

import org.springframework.stereotype.Component;

/**
 * No feature records experience or letters yet: every student counts zero months and zero letters, and the views say
 * "From records: none yet". TODO(experience, letters): replace by a source reading verified records and approved letters.
 */
@Component
class NoRecordsYet implements RecordedInputsSource {

    @Override
    public RecordedInputs of(long studentId) {
        return RecordedInputs.NONE;
    }
}
