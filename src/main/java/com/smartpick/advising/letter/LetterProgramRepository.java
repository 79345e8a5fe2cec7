package com.smartpick.advising.letter;

import static com.smartpick.advising.jooq.Tables.LETTER_PROGRAM;

import com.smartpick.advising.base.Rows;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class LetterProgramRepository {

    private final DSLContext db;

    LetterProgramRepository(DSLContext db) {
        this.db = db;
    }

    Map<String, List<Long>> byProgram(long studentId) {
        return db.select(LETTER_PROGRAM.PROGRAM_ID, LETTER_PROGRAM.LETTER_ID).from(LETTER_PROGRAM)
                .where(LETTER_PROGRAM.STUDENT_ID.eq(studentId))
                .orderBy(LETTER_PROGRAM.PROGRAM_ID, LETTER_PROGRAM.LETTER_ID)
                .fetchGroups(LETTER_PROGRAM.PROGRAM_ID, LETTER_PROGRAM.LETTER_ID).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    void replace(long studentId, String programId, Collection<Long> letterIds) {
        Rows.atMost(ErasLetterRule.MAX_LETTERS_PER_PROGRAM, db.deleteFrom(LETTER_PROGRAM)
                .where(LETTER_PROGRAM.STUDENT_ID.eq(studentId)).and(LETTER_PROGRAM.PROGRAM_ID.eq(programId)));
        for (long letterId : letterIds) {
            db.insertInto(LETTER_PROGRAM).set(LETTER_PROGRAM.LETTER_ID, letterId).set(LETTER_PROGRAM.PROGRAM_ID, programId)
                    .set(LETTER_PROGRAM.STUDENT_ID, studentId).execute();
        }
    }

    /** Gives each program exactly its letters, in one statement each way; programs not named keep theirs. */
    void replaceAll(long studentId, Map<String, ? extends Collection<Long>> lettersByProgram) {
        if (lettersByProgram.isEmpty()) {
            return;
        }
        Rows.atMost(ErasLetterRule.MAX_LETTERS_PER_PROGRAM * lettersByProgram.size(), db.deleteFrom(LETTER_PROGRAM)
                .where(LETTER_PROGRAM.STUDENT_ID.eq(studentId)).and(LETTER_PROGRAM.PROGRAM_ID.in(lettersByProgram.keySet())));
        var insert = db.insertInto(LETTER_PROGRAM, LETTER_PROGRAM.LETTER_ID, LETTER_PROGRAM.PROGRAM_ID, LETTER_PROGRAM.STUDENT_ID);
        int rows = 0;
        for (var program : lettersByProgram.entrySet()) {
            for (long letterId : program.getValue()) {
                insert = insert.values(letterId, program.getKey(), studentId);
                rows++;
            }
        }
        if (rows > 0) {
            insert.execute();
        }
    }
}
