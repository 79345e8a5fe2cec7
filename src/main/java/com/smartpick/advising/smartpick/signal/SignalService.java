package com.smartpick.advising.smartpick.signal;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.StudentLock;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.catalog.ProgramCatalog;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.Season;
import com.smartpick.advising.smartpick.engine.SignalAllowance;
import com.smartpick.advising.smartpick.engine.SignalTier;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signals a student placed in this season. She records them herself, or her advisor does for her; mentors read
 * them. A specialty's allowance is never exceeded, and every SmartPick run in the specialty counts them.
 */
@Service
@Transactional
public class SignalService {

    static final String SUBJECT = "signal";

    private final SignalRepository signals;
    private final ProgramCatalog catalog;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Season season = Season.loadDefault();
    private final StudentAccess access;
    private final StudentLock studentLock;

    SignalService(SignalRepository signals, ProgramCatalog catalog, AuditTrail audit, CurrentUser currentUser,
            Clock clock, StudentAccess access, StudentLock studentLock) {
        this.access = access;
        this.studentLock = studentLock;
        this.signals = signals;
        this.catalog = catalog;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SignalBoard board(long studentId, Specialty specialty) {
        Viewer viewer = seeing(studentId);
        int year = matchYear();
        return new SignalBoard(studentId, specialty, year, season.signalsOf(specialty),
                signals.placed(viewer, studentId, year, specialty), mayChange(viewer, studentId));
    }

    /** The programs a signal may go to: the specialty's programs in the catalog, by name. */
    @Transactional(readOnly = true)
    public List<Program> programsOf(Specialty specialty) {
        return catalog.programs().stream().filter(p -> p.specialty() == specialty)
                .sorted(Comparator.comparing(Program::name).thenComparing(Program::id)).toList();
    }

    /** What a run counts: the program id to the kind of signal, for runs made by someone who may see the student. */
    @Transactional(readOnly = true)
    public Map<String, SignalTier> placedFor(long studentId, Specialty specialty) {
        Viewer viewer = seeing(studentId);
        Map<String, SignalTier> placed = new LinkedHashMap<>();
        signals.placed(viewer, studentId, matchYear(), specialty).forEach(s -> placed.put(s.programId(), s.tier()));
        return placed;
    }

    public SignalBoard place(long studentId, Specialty specialty, String programId, SignalTier tier) {
        Viewer viewer = changing(studentId);
        // so two people placing signals at once cannot both take the last one
        studentLock.lock(studentId);
        int year = matchYear();
        Program program = catalog.programs().stream().filter(p -> p.id().equals(programId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("program", "Choose a program from the catalog."));
        if (program.specialty() != specialty) {
            throw new InvalidInputException("program", program.name() + " is not a " + specialty.displayName()
                    + " program: a signal goes to a program of the specialty applied to.");
        }
        if (signals.signaled(studentId, year, programId)) {
            throw new InvalidInputException("program", program.name() + " already has a signal this season.");
        }
        SignalAllowance allowance = season.signalsOf(specialty);
        long used = signals.placed(viewer, studentId, year, specialty).stream().filter(s -> s.tier() == tier).count();
        if (used >= allowance.allowed(tier)) {
            throw new InvalidInputException("tier", allowance.allowed(tier) == 0
                    ? specialty.displayName() + " has no " + allowance.nameOf(tier) + "s."
                    : "All " + allowance.allowed(tier) + " " + allowance.nameOf(tier) + "s " + specialty.displayName()
                            + " allows in the " + year + " Match season are placed (" + allowance.describe()
                            + "): remove one first.");
        }
        long id = signals.insert(studentId, year, specialty, program.id(), program.name(), tier, viewer.personId());
        audit.did("signal.place", SUBJECT, id, studentId, allowance.nameOf(tier) + " on " + program.id() + " "
                + program.name() + " (" + specialty.displayName() + ", " + year + " Match)");
        return board(studentId, specialty);
    }

    public SignalBoard remove(long studentId, Specialty specialty, long signalId) {
        changing(studentId);
        if (!signals.delete(studentId, signalId)) {
            throw new NotFoundException("Signal");
        }
        audit.did("signal.remove", SUBJECT, signalId, studentId, null);
        return board(studentId, specialty);
    }

    private int matchYear() {
        return Season.matchYearOn(LocalDate.now(clock));
    }

    private Viewer seeing(long studentId) {
        Viewer viewer = currentUser.require();
        if (!access.maySee(viewer, studentId)) {
            throw new NotFoundException("Student");
        }
        return viewer;
    }

    private Viewer changing(long studentId) {
        Viewer viewer = seeing(studentId);
        if (!mayChange(viewer, studentId)) {
            throw new AccessDeniedException("Only the student and her advisors record her signals.");
        }
        return viewer;
    }

    /** The student herself, or an advisor (or admin) who sees her as an advisor: a mentor only reads. */
    private boolean mayChange(Viewer viewer, long studentId) {
        if (viewer.may(Permission.KEEP_OWN_APPLICATION) && viewer.personId() == studentId) {
            return true;
        }
        return viewer.may(Permission.RECORD_SIGNALS)
                && access.maySee(viewer.actingFor(Permission.RECORD_SIGNALS), studentId);
    }
}
