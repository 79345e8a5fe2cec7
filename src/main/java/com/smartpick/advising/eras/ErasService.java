package com.smartpick.advising.eras;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's ERAS experience entries: chosen from their current verified records and ordered by the student or
 * one of their mentors; read by their advisors and admins too; exported as text and PDF to paste into ERAS.
 */
@Service
@Transactional
public class ErasService {

    private final ErasRepository eras;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Relationships relationships;
    private final ExperienceService experience;

    ErasService(ErasRepository eras, AuditTrail audit, CurrentUser currentUser, Clock clock, Relationships relationships, ExperienceService experience) {
        this.experience = experience;
        this.relationships = relationships;
        this.eras = eras;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in student's own selection. */
    public ErasSelection mine() {
        return selection(currentUser.require(Permission.KEEP_OWN_APPLICATION).personId());
    }

    /** @throws NotFoundException when the viewer may not see this student */
    public ErasSelection selection(long studentId) {
        Viewer viewer = currentUser.require();
        String name = eras.studentName(studentId, viewer).orElseThrow(() -> new NotFoundException("Student"));
        audit.read("eras", studentId, studentId);
        return new ErasSelection(studentId, name, entries(studentId, viewer), verified(studentId),
                mayEdit(viewer, studentId), eras.version(studentId));
    }

    /**
     * Replaces the student's entries with these, in this order.
     *
     * @param expectedVersion the version read with the selection; -1 when it was never saved
     * @throws StaleDataException when someone else saved since
     */
    public ErasSelection save(long studentId, int expectedVersion, List<ErasEntryInput> typed) {
        Viewer viewer = currentUser.require();
        List<ErasEntryInput> entries = typed.stream().map(e -> new ErasEntryInput(e.recordId(),
                UserText.multiline(e.description()), e.mostMeaningful(),
                e.meaningfulNote() == null ? null : UserText.multiline(e.meaningfulNote()))).toList();
        eras.studentName(studentId, viewer).orElseThrow(() -> new NotFoundException("Student"));
        if (!mayEdit(viewer, studentId)) {
            throw new AccessDeniedException("Only the student and their mentors choose the ERAS experiences.");
        }
        validate(entries, verified(studentId).stream().map(VerifiedExperience::recordId).collect(Collectors.toSet()));
        String before = summary(entries(studentId, viewer).stream()
                .map(e -> new ErasEntryInput(e.experience().recordId(), e.description(), e.mostMeaningful(), e.meaningfulNote()))
                .toList());
        if (!eras.claim(studentId, expectedVersion, viewer.personId(), OffsetDateTime.now(clock))) {
            throw new StaleDataException("The ERAS selection");
        }
        eras.replaceEntries(studentId, entries);
        audit.changed("eras.save", "eras_selection", studentId, studentId, before, summary(entries));
        return selection(studentId);
    }

    /** The student's current verified records, the ones ERAS entries are chosen from. */
    private List<VerifiedExperience> verified(long studentId) {
        return experience.recordsOf(studentId).stream().filter(ExperienceRecord::currentVerified)
                .map(VerifiedExperience::of).toList();
    }

    /** The saved entries with the records they were chosen as (a record revised since still shows as chosen). */
    private List<ErasEntry> entries(long studentId, Viewer viewer) {
        List<ErasRepository.SavedEntry> saved = eras.entries(studentId, viewer);
        Map<Long, ExperienceRecord> chosen = experience.recordsOf(studentId,
                saved.stream().map(ErasRepository.SavedEntry::recordId).toList()).stream()
                .collect(Collectors.toMap(ExperienceRecord::id, record -> record));
        return saved.stream().filter(e -> chosen.containsKey(e.recordId()))
                .map(e -> new ErasEntry(VerifiedExperience.of(chosen.get(e.recordId())), e.description(),
                        e.mostMeaningful(), e.meaningfulNote()))
                .toList();
    }

    public String exportText(long studentId) {
        return ErasDocument.text(selection(studentId), OffsetDateTime.now(clock).toLocalDate());
    }

    public byte[] exportPdf(long studentId) {
        return ErasDocument.pdf(selection(studentId), OffsetDateTime.now(clock).toLocalDate());
    }

    private boolean mayEdit(Viewer viewer, long studentId) {
        return viewer.may(Permission.KEEP_OWN_APPLICATION) && viewer.personId() == studentId
                || viewer.may(Permission.CHOOSE_MENTEES_ERAS) && relationships.isCurrentMentorOf(viewer.personId(), studentId);
    }

    private static void validate(List<ErasEntryInput> entries, Set<Long> verified) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (entries.size() > ErasLimits.MAX_ENTRIES) {
            errors.put("entries", "ERAS takes at most " + ErasLimits.MAX_ENTRIES + " experiences; remove "
                    + (entries.size() - ErasLimits.MAX_ENTRIES) + ".");
        }
        if (entries.stream().filter(ErasEntryInput::mostMeaningful).count() > ErasLimits.MAX_MOST_MEANINGFUL) {
            errors.put("entries", "Mark at most " + ErasLimits.MAX_MOST_MEANINGFUL + " experiences as most meaningful.");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ErasEntryInput e = entries.get(i);
            int position = i + 1;
            if (!verified.contains(e.recordId())) {
                errors.putIfAbsent("entries", "Experience " + position + " is not a current verified record of this student.");
            } else if (!seen.add(e.recordId())) {
                errors.putIfAbsent("entries", "Experience " + position + " is chosen twice.");
            }
            if (e.description().isBlank()) {
                errors.put("description-" + position, "Describe this experience for ERAS.");
            } else if (e.description().length() > ErasLimits.MAX_DESCRIPTION) {
                errors.put("description-" + position, "ERAS takes at most " + ErasLimits.MAX_DESCRIPTION
                        + " characters; this has " + e.description().length() + ".");
            }
            String note = e.meaningfulNote() == null ? "" : e.meaningfulNote();
            if (e.mostMeaningful() && note.isBlank()) {
                errors.put("note-" + position, "Say why this experience was most meaningful.");
            } else if (e.mostMeaningful() && note.length() > ErasLimits.MAX_MEANINGFUL_NOTE) {
                errors.put("note-" + position, "ERAS takes at most " + ErasLimits.MAX_MEANINGFUL_NOTE
                        + " characters here; this has " + note.length() + ".");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String summary(List<ErasEntryInput> entries) {
        return entries.stream().map(e -> e.recordId() + (e.mostMeaningful() ? "*" : "")).collect(Collectors.joining(",", "records [", "]"));
    }
}
