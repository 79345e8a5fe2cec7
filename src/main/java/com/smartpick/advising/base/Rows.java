package com.smartpick.advising.base;

import java.util.Arrays;
import org.jooq.Batch;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;

/**
 * Every UPDATE and DELETE runs through here, so each says how many rows it may touch and a statement whose WHERE
 * clause matches more than that fails loudly instead of silently rewriting other students' rows. (A review note once
 * overwrote every record's history because its WHERE compared a column with itself: it matched every row.) The
 * exception is unchecked, so the service's transaction rolls the whole write back. An architecture rule keeps
 * every other class from executing an UPDATE or DELETE itself.
 */
public final class Rows {

    private Rows() {
    }

    /** A write of one row that must be there. */
    public static void one(Query write) {
        int touched = write.execute();
        if (touched != 1) {
            throw unexpected(write, touched, "exactly 1");
        }
    }

    /**
     * A write of one row guarded by what the caller saw (its version, its state): false when the row moved on since
     * it was read, so the caller can say so.
     */
    public static boolean oneOrNone(Query write) {
        int touched = write.execute();
        if (touched > 1) {
            throw unexpected(write, touched, "0 or 1");
        }
        return touched == 1;
    }

    /** A write meant for a set of rows (all of one student's entries, say), bounded by the caller's own count. */
    public static int atMost(int limit, Query write) {
        int touched = write.execute();
        if (touched > limit) {
            throw unexpected(write, touched, "at most " + limit);
        }
        return touched;
    }

    /**
     * A write meant for every row its WHERE names, however many (all of one person's unread notifications, say):
     * there is no count to check it against, so its WHERE must name whose rows they are.
     */
    public static int everyMatching(Query write) {
        return write.execute();
    }

    /** The same as {@link #atMost(int, Query)} for a write that returns the rows it touched. */
    public static <R extends Record> Result<R> atMost(int limit, ResultQuery<R> write) {
        Result<R> touched = write.fetch();
        if (touched.size() > limit) {
            throw unexpected(write, touched.size(), "at most " + limit);
        }
        return touched;
    }

    /** A batch of one-row writes: each statement must touch its row. */
    public static void eachOne(Batch writes) {
        if (!eachOneOrNone(writes)) {
            throw new IllegalStateException("A batch of one-row writes missed a row");
        }
    }

    /** A batch of guarded one-row writes ({@link #oneOrNone}): false when any row moved on since it was read. */
    public static boolean eachOneOrNone(Batch writes) {
        int[] touched = writes.execute();
        if (Arrays.stream(touched).anyMatch(n -> n > 1)) {
            throw new IllegalStateException("A batch of one-row writes touched " + Arrays.toString(touched) + " rows");
        }
        return Arrays.stream(touched).allMatch(n -> n == 1);
    }

    private static IllegalStateException unexpected(Query write, int touched, String expected) {
        // the statement without its bind values: they may hold a student's text
        return new IllegalStateException("A write touched " + touched + " rows where " + expected + " was meant: "
                + write.getSQL());
    }
}
