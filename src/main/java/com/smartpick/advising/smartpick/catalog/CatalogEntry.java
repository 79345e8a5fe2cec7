package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.Program;

/** A program as the catalog keeps it: the engine's view of it, whether SmartPick ranks it, and its row version. */
public record CatalogEntry(long id, Program program, boolean active, int version) {

    /** How the audit trail records the entry: its CSV line and whether it is active. */
    String state() {
        return CatalogCsv.line(program) + (active ? " [active]" : " [inactive]");
    }
}
