package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.Program;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Stands in for the database-backed catalog until it lands: the seeded synthetic catalog, held in memory.
 * TODO(catalog): delete when the PostgreSQL catalog implements {@link ProgramCatalog}.
 */
@Component
class InterimSyntheticCatalog implements ProgramCatalog {

    private final List<Program> programs = SyntheticCatalog.generate(SyntheticCatalog.DEFAULT_SEED);

    @Override
    public List<Program> programs() {
        return programs;
    }

    @Override
    public long revision() {
        return 0;
    }
}
