package com.smartpick.advising.letter;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.StudentLock;
import com.smartpick.advising.security.Viewer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    /** More programs than any list holds: a bigger choice is not a student's. */
    static final int MAX_PROGRAMS_AT_ONCE = 1000;

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
        requireProgram(programId);
        ErasLetterRule.requireWithinLimit("letters", Map.of(programId, letterIds));
        requireMine(student, letterIds);
        // so two tabs cannot together put a fifth letter on a program
        studentLock.lock(student.personId());
        Set<Long> sorted = new TreeSet<>(letterIds);
        assignments.replace(student.personId(), programId, sorted);
        audit.did("letter.assign", "program", 0, student.personId(), "program " + programId + ": letters " + sorted);
    }

    /** What {@link #placeLetters} would do with the same choice, without doing it. */
    @Transactional(readOnly = true)
    public LetterPlan planLetters(Collection<String> programIds, Set<Long> letterIds, LetterPlacement placement) {
        Viewer student = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        return plan(student, programIds, letterIds, placement).plan();
    }

    /**
     * Places the chosen letters on every one of the programs at once, in one transaction: all programs change or,
     * when one of them would get more letters than ERAS sends, none does.
     *
     * @return how many programs got other letters than they had
     * @throws InvalidInputException when a program would get more than ERAS allows, or none is chosen
     * @throws NotFoundException for a letter that is not one of my approved letters
     */
    public int placeLetters(Collection<String> programIds, Set<Long> letterIds, LetterPlacement placement) {
        Viewer student = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        // taken before reading what each program has, so a tab choosing one program's letters cannot slip in between
        studentLock.lock(student.personId());
        Placement placed = plan(student, programIds, letterIds, placement);
        if (!placed.plan().overLimit().isEmpty()) {
            throw new InvalidInputException("letters", "ERAS sends at most " + ErasLetterRule.MAX_LETTERS_PER_PROGRAM
                    + " letters to a program, and " + placed.plan().overLimit().size() + " of the chosen programs would "
                    + "get more. Take letters back from them first, or make the chosen letters each program's letters.");
        }
        assignments.replaceAll(student.personId(), placed.changes());
        if (!placed.changes().isEmpty()) {
            audit.did("letter.assign", "program", 0, student.personId(), placement.name().toLowerCase(Locale.ROOT)
                    + " letters " + new TreeSet<>(letterIds) + " on " + placed.changes().size() + " programs: "
                    + String.join(", ", placed.changes().keySet()));
        }
        return placed.changes().size();
    }

    /** The letters each changing program would get, by program id in the order chosen, and the plan that says it. */
    private record Placement(LetterPlan plan, Map<String, Set<Long>> changes) {
    }

    private Placement plan(Viewer student, Collection<String> programIds, Set<Long> letterIds, LetterPlacement placement) {
        Set<String> programs = new LinkedHashSet<>(programIds);
        if (programs.isEmpty()) {
            throw new InvalidInputException("programs", "Choose the programs the letters go to.");
        }
        if (programs.size() > MAX_PROGRAMS_AT_ONCE) {
            throw new InvalidInputException("programs", "Choose at most " + MAX_PROGRAMS_AT_ONCE + " programs at once.");
        }
        programs.forEach(LetterProgramService::requireProgram);
        requireMine(student, letterIds);
        Map<String, List<Long>> current = assignments.byProgram(student.personId());
        Map<String, Set<Long>> changes = new LinkedHashMap<>();
        List<String> over = new ArrayList<>();
        for (String program : programs) {
            Set<Long> had = new TreeSet<>(current.getOrDefault(program, List.of()));
            Set<Long> next = new TreeSet<>(placement == LetterPlacement.REPLACE ? Set.of() : had);
            if (placement == LetterPlacement.REMOVE) {
                next.removeAll(letterIds);
            } else {
                next.addAll(letterIds);
            }
            if (!next.equals(had)) {
                changes.put(program, next);
            }
            if (next.size() > ErasLetterRule.MAX_LETTERS_PER_PROGRAM) {
                over.add(program);
            }
        }
        return new Placement(new LetterPlan(programs.size(), changes.size(), over), changes);
    }

    private static void requireProgram(String programId) {
        if (programId.isBlank() || programId.length() > MAX_PROGRAM_ID) {
            throw new InvalidInputException("program", "Choose a program of your list.");
        }
    }

    private void requireMine(Viewer student, Set<Long> letterIds) {
        Set<Long> mine = letters.approvedLettersOf(student.personId()).stream().map(ApprovedLetter::id)
                .collect(Collectors.toSet());
        if (!mine.containsAll(letterIds)) {
            throw new NotFoundException("Letter");
        }
    }
}
