package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.smartpick.engine.Program;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the program catalog: browsing, editing, activating and importing are for admins only. Everyone else reads
 * the programs through {@link ProgramCatalog}, which stays when a host switches this editor off and fills the catalog
 * by other means.
 */
@Service
@Transactional
public class CatalogService {

    /** The largest catalog file an import reads. */
    public static final int MAX_IMPORT_BYTES = CatalogCsvReader.MAX_BYTES;
    static final String SUBJECT = "program";
    private static final int MAX_LISTED_CODES = 60;
    private static final Logger LOG = LoggerFactory.getLogger(CatalogService.class);

    private final CatalogRepository catalog;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogService(CatalogRepository catalog, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CatalogEntry> page(CatalogFilter filter, PageRequest page) {
        currentUser.require(Permission.EDIT_CATALOG);
        return catalog.page(filter, page);
    }

    @Transactional(readOnly = true)
    public int count(CatalogFilter filter) {
        currentUser.require(Permission.EDIT_CATALOG);
        return catalog.count(filter);
    }

    @Transactional(readOnly = true)
    public CatalogEntry entry(long id) {
        currentUser.require(Permission.EDIT_CATALOG);
        return catalog.find(id).orElseThrow(() -> new NotFoundException("Program"));
    }

    /**
     * Saves an edited program over the version the editor read. The program id stays: it is how imports and ranked
     * lists know the program.
     */
    public CatalogEntry save(long id, int version, ProgramDraft edited) {
        CatalogEntry current = entry(id);
        ProgramDraft draft = new ProgramDraft(current.program().id(), edited.name(), edited.specialty(),
                edited.institution(), edited.city(), edited.state(), edited.division(), edited.type(),
                edited.positions(), edited.percentImg(), edited.sponsorsJ1(), edited.sponsorsH1b(),
                edited.minStep2Ck(), edited.yogLimitYears(), edited.usceRequired(), edited.maxAttempts(),
                edited.medianStep2Ck());
        Map<String, String> errors = ProgramRules.check(draft);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (current.version() != version) {
            throw stale(current);
        }
        Program program = ProgramRules.program(draft);
        if (program.equals(current.program())) {
            return current;
        }
        if (!catalog.update(id, version, program, now())) {
            throw stale(current);
        }
        return audited(current);
    }

    /** An inactive program stays in the catalog, but SmartPick stops ranking it. */
    public CatalogEntry setActive(long id, int version, boolean active) {
        CatalogEntry current = entry(id);
        if (!catalog.setActive(id, version, active, now())) {
            throw stale(current);
        }
        return audited(current);
    }

    /**
     * Imports a catalog CSV whole or not at all: every line is checked before anything is written, then programs
     * are added or changed by program id in this one transaction. Programs already as the file says are left
     * untouched (their version and revision do not move), and programs the file does not name stay as they are.
     */
    public CatalogImport importCsv(String fileName, byte[] content) {
        currentUser.require(Permission.EDIT_CATALOG);
        long started = System.nanoTime();
        CatalogCsvReader.Result read = CatalogCsvReader.read(content);
        if (!read.problems().isEmpty()) {
            audit.refused("catalog.import", "program_catalog", null,
                    "file \"" + fileName + "\": " + read.problems().size() + " problems");
            return CatalogImport.refused(read.problems());
        }
        List<Program> programs = read.rows().stream().map(CatalogCsvReader.Row::program).toList();
        Map<String, CatalogEntry> stored = catalog.byCodes(programs.stream().map(Program::id).toList());
        List<Program> added = new ArrayList<>();
        List<CatalogEntry> changedFrom = new ArrayList<>();
        List<Program> changedTo = new ArrayList<>();
        for (Program program : programs) {
            CatalogEntry entry = stored.get(program.id());
            if (entry == null) {
                added.add(program);
            } else if (!entry.program().equals(program)) {
                changedFrom.add(entry);
                changedTo.add(program);
            }
        }
        catalog.insert(added);
        if (!catalog.update(changedFrom, changedTo, now())) {
            throw new StaleDataException("The catalog");
        }
        CatalogImport result = new CatalogImport(List.of(), added.size(), changedTo.size(),
                programs.size() - added.size() - changedTo.size());
        audit.did("catalog.import", "program_catalog", catalog.revision(), null,
                "\"" + UserText.excerpt(fileName) + "\": " + result.summary() + codes("added", added)
                        + codes("changed", changedTo));
        LOG.info("Catalog import of {} programs: {} in {} ms.", programs.size(), result.summary(),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private CatalogEntry audited(CatalogEntry before) {
        CatalogEntry after = catalog.find(before.id()).orElseThrow();
        audit.changed("catalog.edit", SUBJECT, after.id(), null, before.state(), after.state());
        return after;
    }

    private static String codes(String what, List<Program> programs) {
        if (programs.isEmpty()) {
            return "";
        }
        List<String> codes = programs.stream().limit(MAX_LISTED_CODES).map(Program::id).toList();
        return "; " + what + ": " + String.join(" ", codes) + (programs.size() > codes.size() ? " …" : "");
    }

    private static StaleDataException stale(CatalogEntry entry) {
        return new StaleDataException("Program " + entry.program().id());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
