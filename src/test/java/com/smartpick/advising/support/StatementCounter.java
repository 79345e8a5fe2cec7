package com.smartpick.advising.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements jOOQ executes: the proof that a page costs a fixed number of them (no N+1). */
public final class StatementCounter implements ExecuteListener {

    public static final StatementCounter INSTANCE = new StatementCounter();

    private final AtomicInteger count = new AtomicInteger();

    /**
     * Adds the counter to the application's jOOQ configuration: {@code @Import} it, or pass it as a source. Not a
     * {@code @Configuration}, so no component scan adds it to every context.
     */
    public static class Registration {
        @Bean
        ExecuteListenerProvider statementCounter() {
            return new DefaultExecuteListenerProvider(INSTANCE);
        }
    }

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
