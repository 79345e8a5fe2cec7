package com.smartpick.advising.profile;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applicant profiles: a student keeps their own; staff read those of the students they may see. */
@Service
@Transactional
public class ProfileService {

    private final ProfileRepository profiles;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;
    private final StudentAccess access;

    ProfileService(ProfileRepository profiles, CurrentUser currentUser, Clock clock, AuditTrail audit, StudentAccess access) {
        this.access = access;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ApplicantProfile myProfile() {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        return profiles.find(me.personId(), me).orElseGet(() -> ApplicantProfile.empty(me.personId()));
    }

    /**
     * Profiles a roster import starts for students who keep none yet; a profile a student already keeps is theirs and
     * stays untouched.
     *
     * @return how many profiles were started
     * @throws NotFoundException when one of the students is not one the advisor may see (nothing is started)
     */
    public int startProfiles(List<ApplicantProfile> fromRoster) {
        Viewer viewer = currentUser.require(Permission.MANAGE_COHORTS);
        Set<Long> students = fromRoster.stream().map(ApplicantProfile::studentId).collect(Collectors.toSet());
        if (!access.seenAmong(viewer, students).containsAll(students)) {
            throw new NotFoundException("Student");
        }
        return profiles.insertMissing(fromRoster, OffsetDateTime.now(clock));
    }

    /** Saves the student's own profile, refusing a stale version instead of overwriting a newer save. */
    public ApplicantProfile saveMyProfile(ApplicantProfile profile) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        if (profile.studentId() != me.personId()) {
            throw new NotFoundException("Profile");
        }
        Map<String, String> errors = ProfileRules.check(profile, Year.now(clock));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!profiles.save(profile, OffsetDateTime.now(clock))) {
            throw new StaleDataException("Your profile");
        }
        return profiles.find(me.personId(), me).orElseThrow();
    }

    /**
     * A student's profile for staff who may see that student; an empty one if the student has not started it. A
     * read by anyone but the student goes on their record of disclosures (so: not a read-only transaction).
     */
    public ApplicantProfile profileOf(long studentId) {
        Viewer viewer = currentUser.require();
        ApplicantProfile profile = profiles.find(studentId, viewer).or(() -> access.maySee(viewer, studentId)
                ? Optional.of(ApplicantProfile.empty(studentId)) : Optional.empty())
                .orElseThrow(() -> new NotFoundException("Student"));
        audit.read("profile", studentId, studentId);
        return profile;
    }
}
