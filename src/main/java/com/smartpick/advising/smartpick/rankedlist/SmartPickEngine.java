package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.smartpick.catalog.ProgramCatalog;
import com.smartpick.advising.smartpick.engine.SmartPick;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The engine over the current catalog, built once per catalog revision: compiling the catalog costs far more than a
 * run, and the revision says when the programs changed.
 */
@Component
class SmartPickEngine {

    record Built(long revision, SmartPick engine) {
    }

    private final ProgramCatalog catalog;
    /** Built on first use, not at start: a database-backed catalog may not be readable while the context starts. */
    private volatile @Nullable Built built;

    SmartPickEngine(ProgramCatalog catalog) {
        this.catalog = catalog;
    }

    Built current() {
        Built current = built;
        if (current == null || current.revision() != catalog.revision()) {
            current = build();
            built = current;
        }
        return current;
    }

    /** The revision is read first: if the programs move on meanwhile, the next call sees a newer revision and rebuilds. */
    private Built build() {
        long revision = catalog.revision();
        return new Built(revision, SmartPick.withDefaults(catalog.programs()));
    }
}
