package com.smartpick.advising.audit;

import com.smartpick.advising.base.SpreadsheetCsv;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the trail: the admin's search and CSV export, and each student's record of disclosures. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** An export beyond this is a job for the database's own tools, not a browser download. */
    public static final int MAX_EXPORT_ROWS = 100_000;
    static final int PEOPLE_LIMIT = 50;
    static final String[] CSV_HEADER = {"at", "actor", "actor roles", "action", "subject type", "subject id",
            "student id", "student", "before", "after", "detail"};

    private final AuditRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How many attempts were refused whole (imports with errors) in the last {@code days} days. */
    public int refusedInLast(int days) {
        currentUser.require(Permission.SEARCH_AUDIT);
        return events.countSince(AuditTrail.REFUSED, OffsetDateTime.now(clock).minusDays(days));
    }

    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        currentUser.require(Permission.SEARCH_AUDIT);
        return events.search(filter, clock.getZone(), offset, limit);
    }

    /** Writes the search's events as CSV, newest first, every cell spreadsheet-safe; at most {@link #MAX_EXPORT_ROWS}. */
    public void exportCsv(AuditFilter filter, Appendable out) {
        currentUser.require(Permission.SEARCH_AUDIT);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            events.each(filter, clock.getZone(), MAX_EXPORT_ROWS, e -> {
                try {
                    csv.printRecord(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.at()), SpreadsheetCsv.cell(e.actorName()),
                            SpreadsheetCsv.cell(e.actorRoles()), SpreadsheetCsv.cell(e.action()), SpreadsheetCsv.cell(e.subjectType()),
                            SpreadsheetCsv.cell(e.subjectId()), SpreadsheetCsv.cell(e.studentId()), SpreadsheetCsv.cell(e.studentName()),
                            SpreadsheetCsv.cell(e.before()), SpreadsheetCsv.cell(e.after()), SpreadsheetCsv.cell(e.detail()));
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** People to search by: anyone for "who acted", students for "whose record". */
    public List<PersonSummary> people(String text, @Nullable Role role) {
        currentUser.require(Permission.SEARCH_AUDIT);
        return events.people(text, role, PEOPLE_LIMIT);
    }

    /** The signed-in student's record of disclosures: who read their record or letters, newest first. */
    public List<Disclosure> myDisclosures(int offset, int limit) {
        return events.disclosures(currentUser.require(Permission.KEEP_OWN_APPLICATION).personId(), offset, limit);
    }
}
