package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.smartpick.engine.Specialty;

/**
 * What a run for a student starts from.
 *
 * @param defaultSpecialty the profile's first preferred specialty, or Internal Medicine when it names none
 * @param profileReady whether the profile has what the engine cannot do without (a graduation year)
 * @param inputs what the student's other records give a run
 * @param mayRun whether the viewer may keep a run as the student's next version ({@link RankedListService#run})
 */
public record RunSetup(long studentId, String studentName, Specialty defaultSpecialty, boolean profileReady,
        RecordedInputs inputs, boolean mayRun) {
}
