package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.Program;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The active programs of the PostgreSQL catalog. The list is cached, but only as long as the database's catalog
 * revision stays where it was read: one cheap query tells whether any instance changed the catalog since, so every
 * instance of a cluster sees a committed change on its next read. Readable by anyone, the public preview included:
 * programs are public facts, not student records.
 */
@Service
@Transactional(readOnly = true)
class DatabaseProgramCatalog implements ProgramCatalog {

    private final CatalogRepository catalog;
    private final RevisionCache<List<Program>> programs = new RevisionCache<>();

    DatabaseProgramCatalog(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Program> programs() {
        // the revision first: read after the programs, a change committed in between would pin the old list to it
        return programs.get(catalog.revision(), () -> List.copyOf(catalog.activePrograms()));
    }

    @Override
    public long revision() {
        return catalog.revision();
    }
}
