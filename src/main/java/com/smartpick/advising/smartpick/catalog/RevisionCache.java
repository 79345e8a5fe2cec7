package com.smartpick.advising.smartpick.catalog;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One value built from the catalog, kept while the catalog's {@link ProgramCatalog#revision() revision} stays where
 * it was, rebuilt when it moves: e.g. the programs themselves, or an engine compiled over them.
 */
final class RevisionCache<T> {

    private record Entry<T>(long revision, T value) {
    }

    private volatile @Nullable Entry<T> entry;

    /** The value for this revision, built by {@code build} unless the one kept is of the same revision. */
    T get(long revision, Supplier<T> build) {
        Entry<T> current = entry;
        if (current == null || current.revision() != revision) {
            current = new Entry<>(revision, build.get());
            entry = current;
        }
        return current.value();
    }
}
