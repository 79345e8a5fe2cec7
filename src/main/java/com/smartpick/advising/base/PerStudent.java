package com.smartpick.advising.base;

import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;

/**
 * One figure per student as a view another feature joins, once, to a list of students on its student-id column: set
 * based, where a correlated fragment would be computed student by student (the readiness summary of 10,000 students).
 * A student without a row has none of it: join it on the left and read a missing row as zero or false.
 *
 * @param table the view, under the caller's alias
 * @param studentId its student-id column
 * @param value the figure
 */
public record PerStudent<T>(Table<?> table, Field<Long> studentId, Field<T> value) {

    /** The owner's select of (student id, figure), one row per student, as a view under {@code alias}. */
    public static <T> PerStudent<T> of(Select<? extends Record2<Long, T>> select, String alias) {
        Table<? extends Record2<Long, T>> table = select.asTable(alias);
        @SuppressWarnings("unchecked")
        Field<Long> studentId = (Field<Long>) table.field(0);
        @SuppressWarnings("unchecked")
        Field<T> value = (Field<T>) table.field(1);
        return new PerStudent<>(table, studentId, value);
    }
}
