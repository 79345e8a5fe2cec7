package com.smartpick.advising.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Counts the SQL statements jOOQ executes: the proof that a page costs a fixed number of them (no N+1). */
public final class StatementCounter implements ExecuteListener {

    public static final StatementCounter INSTANCE = new StatementCounter();

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void executeStart(ExecuteContext ctx) {
        count.incrementAndGet();
    }

    /** @return how many statements {@code work} executed */
    public int during(Runnable work) {
        int before = count.get();
        work.run();
        return count.get() - before;
    }
}
