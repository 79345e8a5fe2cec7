package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.SmartPick;
import org.springframework.stereotype.Component;

/**
 * The SmartPick engine over the current catalog, compiled once per catalog revision for everything that ranks (staff's
 * runs, visitors' previews): compiling the catalog costs far more than a run, and the revision says when the programs
 * changed. Compiled on first use, not at start: a database-backed catalog may not be readable while the context starts.
 */
@Component
public class CompiledEngine {

    /** An engine and the revision of the catalog it was compiled over, which a stored list records. */
    public record Built(long revision, SmartPick engine) {
    }

    private final ProgramCatalog catalog;
    private final RevisionCache<Built> built = new RevisionCache<>();

    CompiledEngine(ProgramCatalog catalog) {
        this.catalog = catalog;
    }

    /** The revision is read first: if the programs move on meanwhile, the next call sees a newer revision and compiles again. */
    public Built current() {
        long revision = catalog.revision();
        return built.get(revision, () -> new Built(revision, SmartPick.withDefaults(catalog.programs())));
    }
}
