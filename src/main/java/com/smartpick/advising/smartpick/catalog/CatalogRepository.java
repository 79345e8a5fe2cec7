package com.smartpick.advising.smartpick.catalog;

import static com.smartpick.advising.jooq.Tables.PROGRAM;
import static com.smartpick.advising.jooq.Tables.PROGRAM_CATALOG_REVISION;

import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.base.Rows;
import com.smartpick.advising.jooq.tables.records.ProgramRecord;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.ProgramType;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Repository;

@Repository
class CatalogRepository {

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "code", PROGRAM.CODE,
            "name", PROGRAM.NAME,
            "specialty", PROGRAM.SPECIALTY,
            "state", PROGRAM.STATE,
            "type", PROGRAM.TYPE,
            "positions", PROGRAM.POSITIONS,
            "percentImg", PROGRAM.PERCENT_IMG,
            "active", PROGRAM.ACTIVE);

    private final DSLContext db;

    CatalogRepository(DSLContext db) {
        this.db = db;
    }

    long revision() {
        return db.select(PROGRAM_CATALOG_REVISION.REVISION).from(PROGRAM_CATALOG_REVISION).fetchSingle().value1();
    }

    /** The programs SmartPick ranks, in id order so the engine's ties fall the same way on every instance. */
    List<Program> activePrograms() {
        return db.selectFrom(PROGRAM).where(PROGRAM.ACTIVE.isTrue()).orderBy(PROGRAM.CODE)
                .fetch(CatalogRepository::program);
    }

    boolean hasPrograms() {
        return db.fetchExists(PROGRAM);
    }

    /** Whether the catalog is empty, holding it so until the transaction ends: two instances never both seed it. */
    boolean lockEmpty() {
        db.execute("lock table {0} in share row exclusive mode", PROGRAM);
        return !db.fetchExists(PROGRAM);
    }

    List<CatalogEntry> page(CatalogFilter filter, PageRequest page) {
        return db.selectFrom(PROGRAM).where(matching(filter)).orderBy(orderBy(page))
                .offset(page.offset()).limit(page.limit())
                .fetch(CatalogRepository::entry);
    }

    int count(CatalogFilter filter) {
        return db.fetchCount(PROGRAM, matching(filter));
    }

    Optional<CatalogEntry> find(long id) {
        return db.selectFrom(PROGRAM).where(PROGRAM.ID.eq(id)).fetchOptional(CatalogRepository::entry);
    }

    /**
     * The stored entries among these program ids, by id. A join with the unnested ids, not {@code code = any(?)}: with
     * a whole catalog's ids the latter compared every row with every id (37 s for 6,600 ids), the join hashes them.
     */
    Map<String, CatalogEntry> byCodes(Collection<String> codes) {
        Table<?> wanted = DSL.unnest(codes.toArray(String[]::new)).as("wanted", "code");
        return db.select(PROGRAM.fields()).from(PROGRAM)
                .join(wanted).on(PROGRAM.CODE.eq(wanted.field("code", String.class)))
                .fetchInto(PROGRAM).stream().map(CatalogRepository::entry)
                .collect(Collectors.toMap(e -> e.program().id(), Function.identity()));
    }

    /**
     * Adds programs through PostgreSQL's COPY, fed the very CSV lines of {@link CatalogCsv}: one round trip for the
     * whole list, several times faster than multi-row INSERTs for a national catalog. COPY fires the revision
     * trigger like any INSERT.
     */
    void insert(List<Program> programs) {
        if (programs.isEmpty()) {
            return;
        }
        String copy = "copy " + db.render(PROGRAM) + " (code" + CatalogCsv.HEADER.substring("id".length())
                + ") from stdin (format csv)";
        StringBuilder lines = new StringBuilder(programs.size() * 200);
        for (Program p : programs) {
            lines.append(CatalogCsv.line(p)).append('\n');
        }
        db.connection(connection -> connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn(copy, new StringReader(lines.toString())));
    }

    /**
     * Rewrites each entry's program if its row is still at the version read, in one JDBC batch.
     *
     * @return false when any row moved on since it was read
     */
    boolean update(List<CatalogEntry> readAt, List<Program> programs, OffsetDateTime at) {
        List<Query> updates = new ArrayList<>(programs.size());
        for (int i = 0; i < programs.size(); i++) {
            updates.add(updateQuery(readAt.get(i).id(), readAt.get(i).version(), programs.get(i), at));
        }
        if (updates.isEmpty()) {
            return true;
        }
        return Rows.eachOneOrNone(db.batch(updates));
    }

    boolean update(long id, int expectedVersion, Program p, OffsetDateTime at) {
        return Rows.oneOrNone(updateQuery(id, expectedVersion, p, at));
    }

    boolean setActive(long id, int expectedVersion, boolean active, OffsetDateTime at) {
        return Rows.oneOrNone(db.update(PROGRAM).set(PROGRAM.ACTIVE, active).set(PROGRAM.UPDATED_AT, at)
                .set(PROGRAM.VERSION, PROGRAM.VERSION.plus(1))
                .where(PROGRAM.ID.eq(id)).and(PROGRAM.VERSION.eq(expectedVersion)));
    }

    private Query updateQuery(long id, int expectedVersion, Program p, OffsetDateTime at) {
        return db.update(PROGRAM)
                .set(PROGRAM.NAME, p.name())
                .set(PROGRAM.SPECIALTY, p.specialty().name())
                .set(PROGRAM.INSTITUTION, p.institution())
                .set(PROGRAM.CITY, p.city())
                .set(PROGRAM.STATE, p.state())
                .set(PROGRAM.CENSUS_DIVISION, p.division().name())
                .set(PROGRAM.TYPE, p.type().name())
                .set(PROGRAM.POSITIONS, p.positions())
                .set(PROGRAM.PERCENT_IMG, p.percentImgResidents())
                .set(PROGRAM.SPONSORS_J1, p.sponsorsJ1())
                .set(PROGRAM.SPONSORS_H1B, p.sponsorsH1b())
                .set(PROGRAM.MIN_STEP2_CK, p.minimumStep2Ck())
                .set(PROGRAM.YOG_LIMIT_YEARS, p.yogLimitYears())
                .set(PROGRAM.USCE_REQUIRED, p.usceRequired())
                .set(PROGRAM.MAX_ATTEMPTS, p.maxAttemptsAccepted())
                .set(PROGRAM.MEDIAN_STEP2_CK, p.medianStep2Ck())
                .set(PROGRAM.UPDATED_AT, at)
                .set(PROGRAM.VERSION, PROGRAM.VERSION.plus(1))
                .where(PROGRAM.ID.eq(id)).and(PROGRAM.VERSION.eq(expectedVersion));
    }

    private static Condition matching(CatalogFilter f) {
        List<Condition> conditions = new ArrayList<>();
        if (f.specialty() != null) {
            conditions.add(PROGRAM.SPECIALTY.eq(f.specialty().name()));
        }
        if (f.state() != null) {
            conditions.add(PROGRAM.STATE.eq(f.state()));
        }
        if (f.division() != null) {
            conditions.add(PROGRAM.CENSUS_DIVISION.eq(f.division().name()));
        }
        if (f.type() != null) {
            conditions.add(PROGRAM.TYPE.eq(f.type().name()));
        }
        if (f.sponsors() != null) {
            switch (f.sponsors()) {
                case J1 -> conditions.add(PROGRAM.SPONSORS_J1.isTrue());
                case H1B -> conditions.add(PROGRAM.SPONSORS_H1B.isTrue());
                case NONE -> { }
            }
        }
        if (!f.text().isEmpty()) {
            // containsIgnoreCase escapes % and _ in the text: a user's wildcard matches only itself
            conditions.add(PROGRAM.NAME.containsIgnoreCase(f.text())
                    .or(PROGRAM.INSTITUTION.containsIgnoreCase(f.text()))
                    .or(PROGRAM.CODE.containsIgnoreCase(f.text())));
        }
        if (f.active() != null) {
            conditions.add(PROGRAM.ACTIVE.eq(f.active()));
        }
        return DSL.and(conditions);
    }

    private static List<SortField<?>> orderBy(PageRequest page) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageRequest.Sort sort : page.sorts()) {
            Field<?> field = SORTABLE.get(sort.key());
            if (field != null) {
                order.add(sort.ascending() ? field.asc() : field.desc());
            }
        }
        order.add(PROGRAM.CODE.asc());
        return order;
    }

    private static CatalogEntry entry(ProgramRecord r) {
        return new CatalogEntry(r.getId(), program(r), r.getActive(), r.getVersion());
    }

    private static Program program(ProgramRecord r) {
        return new Program(r.getCode(), r.getName(), Specialty.valueOf(r.getSpecialty()), r.getInstitution(),
                r.getCity(), r.getState(), CensusDivision.valueOf(r.getCensusDivision()), ProgramType.valueOf(r.getType()),
                r.getPositions(), r.getPercentImg(), r.getSponsorsJ1(), r.getSponsorsH1b(), r.getMinStep2Ck(),
                r.getYogLimitYears(), r.getUsceRequired(), r.getMaxAttempts(), r.getMedianStep2Ck());
    }
}
