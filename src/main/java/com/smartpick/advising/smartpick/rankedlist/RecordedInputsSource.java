package com.smartpick.advising.smartpick.rankedlist;

/**
 * Where the views and the cohort batch take a student's {@link RecordedInputs} from: the one place to plug in verified
 * experience records and approved letters once those features exist. Until then {@link NoRecordsYet} answers zeros.
 */
public interface RecordedInputsSource {

    RecordedInputs of(long studentId);
}
