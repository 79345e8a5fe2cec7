package com.smartpick.advising.letter;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.StudentLock;
import com.smartpick.advising.security.Viewer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of a student's approved letters go to which program, as the student decides in ERAS, under ERAS's rule of
 * at most four letters per program ({@link ErasLetterRule}). Only the student assigns their letters; a waived letter
 * may be assigned like any other, as its content is never shown here.
 */
@Service
@Transactional
public class LetterProgramService {

    static final int MAX_PROGRAM_ID = 40;

    private final LetterProgramRepository assignments;
    private final LetterService letters;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final StudentLock studentLock;

    LetterProgramService(LetterProgramRepository assignments, LetterService letters, AuditTrail audit,
            CurrentUser currentUser, StudentLock studentLock) {
        this.studentLock = studentLock;
        this.assignments = assignments;
        this.letters = letters;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** My approved letters, which I may send to programs. */
    @Transactional(readOnly = true)
    public List<ApprovedLetter> myApprovedLetters() {
        return letters.approvedLettersOf(currentUser.require(Permission.KEEP_OWN_APPLICATION).personId());
    }

    /** The letters I send to each program, by program id. */
    @Transactional(readOnly = true)
    public Map<String, List<Long>> myLettersByProgram() {
        return assignments.byProgram(currentUser.require(Permission.KEEP_OWN_APPLICATION).personId());
    }

    /**
     * Sends exactly these letters to one program (none to take them all back).
     *
     * @throws InvalidInputException when that would be more than ERAS allows
     * @throws NotFoundException for a letter that is not one of my approved letters
     */
    public void sendLetters(String programId, Set<Long> letterIds) {
        Viewer student = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        if (programId.isBlank() || programId.length() > MAX_PROGRAM_ID) {
            throw new InvalidInputException("program", "Choose a program of your list.");
        }
        ErasLetterRule.requireWithinLimit("letters", Map.of(programId, letterIds));
        Set<Long> mine = letters.approvedLettersOf(student.personId()).stream().map(ApprovedLetter::id)
                .collect(Collectors.toSet());
        if (!mine.containsAll(letterIds)) {
            throw new NotFoundException("Letter");
        }
        // so two tabs cannot together put a fifth letter on a program
        studentLock.lock(student.personId());
        Set<Long> sorted = new TreeSet<>(letterIds);
        assignments.replace(student.personId(), programId, sorted);
        audit.did("letter.assign", "program", 0, student.personId(), "program " + programId + ": letters " + sorted);
    }
}
