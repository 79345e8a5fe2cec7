/**
 * The application season's timeline: its milestones per cohort (defaults from the published ERAS and NRMP calendars,
 * adjusted by the cohort's advisors), the students' tasks with their due dates, done as the owners' data says, late
 * tasks for the readiness dashboard and the student's page, the daily announcements, and a calendar feed a student
 * subscribes to with a secret link.
 */
@NullMarked
@ApplicationModule
@OwnsTables({"season_date", "season_task_check", "season_announcement", "calendar_feed"})
package com.smartpick.advising.season;

import com.smartpick.advising.base.OwnsTables;
import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;
