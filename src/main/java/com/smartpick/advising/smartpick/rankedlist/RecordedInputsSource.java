package com.smartpick.advising.smartpick.rankedlist;

/**
 * Where the views and the cohort batch take a student's {@link RecordedInputs} from ({@link FromRecords}: verified
 * experience records and approved letters).
 */
public interface RecordedInputsSource {

    RecordedInputs of(long studentId);
}
