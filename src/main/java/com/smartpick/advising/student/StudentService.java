package com.smartpick.advising.student;

import com.smartpick.advising.cohort.CohortName;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "My students": exactly the students the signed-in advisor, mentor or admin may see, page by page. */
@Service
@Transactional(readOnly = true)
public class StudentService {

    private final StudentRepository students;
    private final CurrentUser currentUser;

    StudentService(StudentRepository students, CurrentUser currentUser) {
        this.students = students;
        this.currentUser = currentUser;
    }

    public List<StudentRow> page(StudentFilter filter, PageRequest page) {
        return students.page(staff(), filter, page);
    }

    public int count(StudentFilter filter) {
        return students.count(staff(), filter);
    }

    public StudentRow student(long studentId) {
        return students.find(staff(), studentId).orElseThrow(() -> new NotFoundException("Student"));
    }

    public List<CohortName> cohortChoices() {
        return students.cohortChoices(staff());
    }

    private Viewer staff() {
        Viewer viewer = currentUser.require();
        if (!viewer.hasAny(Role.ADVISOR, Role.MENTOR, Role.ADMIN)) {
            throw new AccessDeniedException("Only staff see students.");
        }
        return viewer;
    }
}
