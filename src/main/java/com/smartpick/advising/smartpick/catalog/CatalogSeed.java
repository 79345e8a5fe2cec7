package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.smartpick.engine.Program;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty catalog at the first start of a demo installation. Apart from {@link CatalogService}, the admins'
 * editor, which a host may switch off while SmartPick, and the demo's lists, still need programs to rank.
 */
@Service
@Transactional
public class CatalogSeed {

    private final CatalogRepository catalog;
    private final AuditTrail audit;

    CatalogSeed(CatalogRepository catalog, AuditTrail audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    /**
     * A catalog with programs is left alone. Needs no signed-in user: it runs at start-up, recorded in the audit trail
     * as the system.
     *
     * @return how many programs it added
     */
    public int seedIfEmpty(List<Program> programs, String source) {
        // every start after the first finds programs: seen without the table lock, which would wait for any
        // transaction writing to the catalog at the time (an admin's import on another instance)
        if (catalog.hasPrograms() || !catalog.lockEmpty()) {
            return 0;
        }
        catalog.insert(programs);
        audit.did("catalog.import", "program_catalog", catalog.revision(), null,
                source + ": " + programs.size() + " added");
        return programs.size();
    }
}
