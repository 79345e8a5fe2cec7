package com.smartpick.advising.readiness;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.base.SpreadsheetCsv;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.ListStatus;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readiness dashboard for advisors (their cohorts' students) and admins (everyone): one statement per page
 * whatever its size, a count, summary figures, and the filtered view as CSV.
 */
@Service
@Transactional(readOnly = true)
public class ReadinessService {

    /** An export holds at most this many students: a whole scale data set (10,000) fits. */
    public static final int MAX_EXPORT = 20_000;

    private final ReadinessRepository readiness;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReadinessService(ReadinessRepository readiness, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.readiness = readiness;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<ReadinessRow> page(ReadinessFilter filter, PageRequest page) {
        return readiness.page(currentUser.require(Permission.SEE_READINESS), filter, page, OffsetDateTime.now(clock));
    }

    public int count(ReadinessFilter filter) {
        return readiness.count(currentUser.require(Permission.SEE_READINESS), filter, OffsetDateTime.now(clock));
    }

    public ReadinessSummary summary(ReadinessFilter filter) {
        return readiness.summary(currentUser.require(Permission.SEE_READINESS), filter, OffsetDateTime.now(clock));
    }

    public List<Choice> cohortChoices() {
        return readiness.cohortChoices(currentUser.require(Permission.SEE_READINESS));
    }

    public List<Choice> mentorChoices() {
        return readiness.mentorChoices(currentUser.require(Permission.SEE_READINESS));
    }

    /** The filtered, sorted view as CSV; a disclosure of student records, so it is audited. */
    @Transactional
    public byte[] exportCsv(ReadinessFilter filter, List<PageRequest.Sort> sorts) {
        Viewer viewer = currentUser.require(Permission.SEE_READINESS);
        List<ReadinessRow> rows = readiness.page(viewer, filter, new PageRequest(0, MAX_EXPORT, sorts), OffsetDateTime.now(clock));
        // the subject is the cohort filtered on, or the whole dashboard (id 0) when none is
        audit.did("readiness.export", filter.cohortId() == null ? "dashboard" : "cohort",
                filter.cohortId() == null ? 0 : filter.cohortId(), null, rows.size() + " students; filter " + filter);
        return SpreadsheetCsv.write(List.of("Student", "E-mail", "Cohorts", "Mentors", "Specialty", "YOG", "Step 2 CK",
                "Hands-on USCE (months)", "Verified records", "Submitted records", "Approved letters", "Open letters",
                "Newest SmartPick list", "Late season tasks", "Last activity", "Flags"),
                rows.stream().map(ReadinessService::csvRow).toList());
    }

    private static List<@Nullable Object> csvRow(ReadinessRow r) {
        return Arrays.asList(r.name(), r.email(), r.cohorts(), r.mentors(), specialtyName(r.specialty()), r.graduationYear(),
                r.step2ckScore(), r.handsOnUsceMonths(), r.verifiedRecords(), r.submittedRecords(), r.approvedLetters(),
                r.openLetters(), listStatusName(r.newestListStatus()), r.lateTasks(),
                r.lastActivity() == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(r.lastActivity()),
                r.flags().stream().map(f -> f.flag().label()).collect(Collectors.joining("; ")));
    }

    /** A stored list status in words ("In review"); none when the student has no list yet. */
    public static @Nullable String listStatusName(@Nullable String stored) {
        return stored == null ? null : ListStatus.valueOf(stored).label();
    }

    /** A stored specialty name in words; an unknown one as stored. */
    public static @Nullable String specialtyName(@Nullable String stored) {
        return stored == null ? null : Arrays.stream(Specialty.values()).filter(s -> s.name().equals(stored))
                .map(Specialty::displayName).findFirst().orElse(stored);
    }
}
