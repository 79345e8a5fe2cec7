package com.smartpick.advising.student;

import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.cohort.CohortName;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import java.util.List;
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
        return students.page(currentUser.require(Permission.SEE_STUDENTS), filter, page);
    }

    public int count(StudentFilter filter) {
        return students.count(currentUser.require(Permission.SEE_STUDENTS), filter);
    }

    public StudentRow student(long studentId) {
        return students.find(currentUser.require(Permission.SEE_STUDENTS), studentId).orElseThrow(() -> new NotFoundException("Student"));
    }

    public List<CohortName> cohortChoices() {
        return students.cohortChoices(currentUser.require(Permission.SEE_STUDENTS));
    }
}
