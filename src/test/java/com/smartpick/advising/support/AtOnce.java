package com.smartpick.advising.support;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Runs the same work on several threads released together, the way two app instances' daily jobs wake at the same
 * moment: a race between them shows here or not at all.
 */
public final class AtOnce {

    private AtOnce() {
    }

    /** Each run's result, once all have finished. */
    public static <T> List<T> run(int times, Supplier<T> work) {
        CyclicBarrier together = new CyclicBarrier(times);
        List<CompletableFuture<T>> runs = IntStream.range(0, times).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return work.get();
        })).toList();
        return runs.stream().map(CompletableFuture::join).toList();
    }
}
