package com.smartpick.advising.smartpick.rankedlist;

import static com.smartpick.advising.jooq.Tables.RANKED_ANNOTATION;
import static com.smartpick.advising.jooq.Tables.RANKED_ENTRY;
import static com.smartpick.advising.jooq.Tables.RANKED_LIST;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.jooq.tables.records.RankedEntryRecord;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.CurvePoint;
import com.smartpick.advising.smartpick.engine.Explanation;
import com.smartpick.advising.smartpick.engine.InterviewCounts;
import com.smartpick.advising.smartpick.engine.ListOutlook;
import com.smartpick.advising.smartpick.engine.MarginalValue;
import com.smartpick.advising.smartpick.engine.MatchChance;
import com.smartpick.advising.smartpick.engine.RankedEntry;
import com.smartpick.advising.smartpick.engine.SignalTier;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.Tier;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class RankedListRepository {

    private static final People PEOPLE = People.as("person");

    private static final People CREATOR = People.as("creator");
    private static final People STUDENT = People.as("student");

    private final DSLContext db;
    private final StudentAccess access;

    RankedListRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    /**
     * The lists a person may see: staff every version of the students they may see, a student only their own
     * published version. A person with both kinds of role gets each side's share, never more.
     */
    Condition visibleLists(Viewer viewer) {
        Condition any = DSL.falseCondition();
        if (viewer.has(Role.STUDENT)) {
            any = any.or(RANKED_LIST.STUDENT_ID.eq(viewer.personId()).and(RANKED_LIST.STATUS.eq(ListStatus.PUBLISHED.name())));
        }
        Set<Role> staffRoles = EnumSet.noneOf(Role.class);
        staffRoles.addAll(viewer.roles());
        staffRoles.remove(Role.STUDENT);
        if (!staffRoles.isEmpty()) {
            any = any.or(access.students(new Viewer(viewer.personId(), viewer.displayName(), staffRoles),
                    RANKED_LIST.STUDENT_ID));
        }
        return any;
    }

    Optional<String> studentName(Viewer staff, long studentId) {
        return db.select(PEOPLE.displayName()).from(PEOPLE.table())
                .where(PEOPLE.id().eq(studentId)).and(PEOPLE.isStudent())
                .and(access.students(staff, PEOPLE.id()))
                .fetchOptional(PEOPLE.displayName());
    }

    int nextListNo(long studentId) {
        return db.select(DSL.coalesce(DSL.max(RANKED_LIST.LIST_NO), 0).plus(1)).from(RANKED_LIST)
                .where(RANKED_LIST.STUDENT_ID.eq(studentId)).fetchSingle().value1();
    }

    long insert(long studentId, int listNo, int budget, RecordedInputs inputs, long catalogRevision,
            SmartPickResult result, long createdBy) {
        List<CurvePoint> curve = result.curve();
        long id = db.insertInto(RANKED_LIST)
                .set(RANKED_LIST.STUDENT_ID, studentId)
                .set(RANKED_LIST.LIST_NO, listNo)
                .set(RANKED_LIST.SPECIALTY, result.specialty().name())
                .set(RANKED_LIST.BUDGET_APPLICATIONS, budget)
                .set(RANKED_LIST.HANDS_ON_USCE_MONTHS, inputs.handsOnUsceMonths())
                .set(RANKED_LIST.OBSERVERSHIP_MONTHS, inputs.observershipMonths())
                .set(RANKED_LIST.US_LETTERS, inputs.usLetters())
                .set(RANKED_LIST.CATALOG_REVISION, catalogRevision)
                .set(RANKED_LIST.CONSIDERED, result.eligibility().considered())
                .set(RANKED_LIST.ELIGIBLE, result.eligibility().eligible())
                .set(RANKED_LIST.MATCH_CHANCE, result.matchChance().estimate())
                .set(RANKED_LIST.MATCH_CHANCE_LOW, result.matchChance().low())
                .set(RANKED_LIST.MATCH_CHANCE_HIGH, result.matchChance().high())
                .set(RANKED_LIST.EXPECTED_INTERVIEWS, result.expectedInterviews())
                .set(RANKED_LIST.INTERVIEW_COUNTS, boxed(result.interviews()))
                .set(RANKED_LIST.TOTAL_COST, result.totalCost())
                .set(RANKED_LIST.PLUS_ONE_APPLICATIONS, result.plusOne().extraApplications())
                .set(RANKED_LIST.PLUS_ONE_COST, result.plusOne().extraCost())
                .set(RANKED_LIST.PLUS_ONE_GAIN, result.plusOne().chanceGain())
                .set(RANKED_LIST.PLUS_TEN_APPLICATIONS, result.plusTen().extraApplications())
                .set(RANKED_LIST.PLUS_TEN_COST, result.plusTen().extraCost())
                .set(RANKED_LIST.PLUS_TEN_GAIN, result.plusTen().chanceGain())
                .set(RANKED_LIST.CURVE_CHANCE, curve.stream().map(CurvePoint::chance).toArray(Double[]::new))
                .set(RANKED_LIST.CURVE_COST, curve.stream().map(CurvePoint::cost).toArray(Integer[]::new))
                .set(RANKED_LIST.SIGNAL_ADVICE, SignalAdviceLines.of(result.signalAdvice()).toArray(String[]::new))
                .set(RANKED_LIST.LIST_END, result.end().explain())
                .set(RANKED_LIST.WARNINGS, result.warnings().toArray(String[]::new))
                .set(RANKED_LIST.SEASON_NOTE, result.seasonNote())
                .set(RANKED_LIST.CREATED_BY, createdBy)
                .returning(RANKED_LIST.ID).fetchSingle(RANKED_LIST.ID);
        List<RankedEntryRecord> rows = new ArrayList<>(result.entries().size());
        for (RankedEntry e : result.entries()) {
            RankedEntryRecord row = db.newRecord(RANKED_ENTRY);
            row.setListId(id);
            row.setRank(e.rank());
            row.setPosition(e.rank());
            row.setProgramId(e.program().id());
            row.setProgramName(e.program().name());
            row.setInstitution(e.program().institution());
            row.setCity(e.program().city());
            row.setState(e.program().state());
            row.setSponsorsJ1(e.program().sponsorsJ1());
            row.setSponsorsH1b(e.program().sponsorsH1b());
            row.setTier(e.tier().name());
            row.setProbability(e.probability());
            row.setLogit(e.logit());
            row.setPinned(e.pinned());
            row.setCost(e.cost());
            row.setSignal(e.signal() == null ? null : e.signal().name());
            row.setSummary(e.explanation().summary());
            row.setExplanation(explanation(e.explanation()));
            rows.add(row);
        }
        Rows.eachOne(db.batchInsert(rows));
        return id;
    }

    private static Double[] boxed(InterviewCounts counts) {
        Double[] boxed = new Double[InterviewCounts.OR_MORE + 1];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = counts.exactly(i);
        }
        return boxed;
    }

    private static @Nullable InterviewCounts interviewCounts(Double @Nullable [] stored) {
        return stored == null ? null : new InterviewCounts(Arrays.stream(stored).mapToDouble(Double::doubleValue).toArray());
    }

    /** The start line, then one line per factor. */
    private static String[] explanation(Explanation explanation) {
        List<String> lines = new ArrayList<>(explanation.factors().size() + 1);
        lines.add("Start: " + explanation.start());
        explanation.factors().forEach(factor -> lines.add(factor.text()));
        return lines.toArray(String[]::new);
    }

    List<ListSummary> versions(Viewer viewer, long studentId) {
        return db.selectFrom(RANKED_LIST)
                .where(RANKED_LIST.STUDENT_ID.eq(studentId)).and(visibleLists(viewer))
                .orderBy(RANKED_LIST.LIST_NO.desc())
                .fetch(r -> new ListSummary(r.getId(), r.getStudentId(), r.getListNo(), ListStatus.valueOf(r.getStatus()),
                        Specialty.valueOf(r.getSpecialty()), r.getBudgetApplications(), r.getMatchChance(), r.getCreatedAt()));
    }

    /** The lists in review of the students the viewer sees as staff, the longest waiting first. */
    List<ListInReview> inReview(Viewer staff) {
        return db.select(RANKED_LIST.ID, RANKED_LIST.STUDENT_ID, STUDENT.displayName(), RANKED_LIST.LIST_NO,
                        RANKED_LIST.SPECIALTY, DSL.coalesce(RANKED_LIST.STATUS_CHANGED_AT, RANKED_LIST.CREATED_AT))
                .from(RANKED_LIST).join(STUDENT.table()).on(STUDENT.id().eq(RANKED_LIST.STUDENT_ID))
                .where(RANKED_LIST.STATUS.eq(ListStatus.IN_REVIEW.name()))
                .and(access.students(staff, RANKED_LIST.STUDENT_ID))
                .orderBy(RANKED_LIST.STATUS_CHANGED_AT, RANKED_LIST.ID)
                .fetch(r -> new ListInReview(r.value1(), r.value2(), r.value3(), r.value4(), Specialty.valueOf(r.value5()),
                        r.value6()));
    }

    Optional<Long> publishedListOf(long studentId, Viewer viewer) {
        return db.select(RANKED_LIST.ID).from(RANKED_LIST)
                .where(RANKED_LIST.STUDENT_ID.eq(studentId)).and(RANKED_LIST.STATUS.eq(ListStatus.PUBLISHED.name()))
                .and(visibleLists(viewer))
                .fetchOptional(RANKED_LIST.ID);
    }

    /** The version just before this one, if the viewer may see it. */
    Optional<Long> previousListId(Viewer viewer, long studentId, int listNo) {
        return db.select(RANKED_LIST.ID).from(RANKED_LIST)
                .where(RANKED_LIST.STUDENT_ID.eq(studentId)).and(RANKED_LIST.LIST_NO.lt(listNo)).and(visibleLists(viewer))
                .orderBy(RANKED_LIST.LIST_NO.desc()).limit(1)
                .fetchOptional(RANKED_LIST.ID);
    }

    /**
     * A whole list in two statements whatever its size: its header, then its entries with their annotations (a left
     * join, grouped here).
     */
    Optional<RankedList> find(Viewer viewer, long listId) {
        Optional<Record> header = db.select(RANKED_LIST.fields()).select(STUDENT.displayName(), CREATOR.displayName())
                .from(RANKED_LIST)
                .join(STUDENT.table()).on(STUDENT.id().eq(RANKED_LIST.STUDENT_ID))
                .leftJoin(CREATOR.table()).on(CREATOR.id().eq(RANKED_LIST.CREATED_BY))
                .where(RANKED_LIST.ID.eq(listId)).and(visibleLists(viewer))
                .fetchOptional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        // A student reads their own list as approved for them: the entries the advisors kept, without the staff's
        // annotations, the reasons for leaving programs out or for approving over a concern. None of those reaches
        // the record made for them, so no view can show them by mistake.
        boolean forItsStudent = header.get().get(RANKED_LIST.STUDENT_ID) == viewer.personId();
        return header.map(r -> forItsStudent ? list(r, null, keptEntries(listId))
                : list(r, r.get(RANKED_LIST.APPROVAL_OVERRIDE), entriesWithAnnotations(listId)));
    }

    private List<ListEntry> keptEntries(long listId) {
        return db.selectFrom(RANKED_ENTRY).where(RANKED_ENTRY.LIST_ID.eq(listId)).and(RANKED_ENTRY.EXCLUDED.isFalse())
                .orderBy(RANKED_ENTRY.POSITION, RANKED_ENTRY.RANK)
                .fetch(r -> entry(r, List.of()));
    }

    private List<ListEntry> entriesWithAnnotations(long listId) {
        Map<Long, ListEntry> entries = new LinkedHashMap<>();
        Map<Long, List<Annotation>> annotations = new HashMap<>();
        db.select(RANKED_ENTRY.fields()).select(RANKED_ANNOTATION.fields()).select(PEOPLE.displayName())
                .from(RANKED_ENTRY)
                .leftJoin(RANKED_ANNOTATION).on(RANKED_ANNOTATION.ENTRY_ID.eq(RANKED_ENTRY.ID))
                .leftJoin(PEOPLE.table()).on(PEOPLE.id().eq(RANKED_ANNOTATION.AUTHOR_ID))
                .where(RANKED_ENTRY.LIST_ID.eq(listId))
                .orderBy(RANKED_ENTRY.POSITION, RANKED_ENTRY.RANK, RANKED_ANNOTATION.CREATED_AT, RANKED_ANNOTATION.ID)
                .forEach(r -> {
                    long entryId = r.get(RANKED_ENTRY.ID);
                    entries.computeIfAbsent(entryId, id -> entry(r.into(RANKED_ENTRY), List.of()));
                    if (r.get(RANKED_ANNOTATION.ID) != null) {
                        annotations.computeIfAbsent(entryId, id -> new ArrayList<>()).add(annotation(r));
                    }
                });
        return entries.values().stream()
                .map(e -> annotations.containsKey(e.id()) ? e.withAnnotations(annotations.get(e.id())) : e).toList();
    }

    private static ListEntry entry(RankedEntryRecord r, List<Annotation> annotations) {
        return new ListEntry(r.getId(), r.getRank(), r.getPosition(), r.getProgramId(), r.getProgramName(),
                r.getInstitution(), r.getCity(), r.getState(), r.getSponsorsJ1(), r.getSponsorsH1b(),
                Tier.valueOf(r.getTier()), r.getProbability(), r.getCost(),
                r.getSignal() == null ? null : SignalTier.valueOf(r.getSignal()), r.getSummary(),
                Arrays.asList(r.getExplanation()), r.getPinned(), r.getExcluded(), r.getExcludeReason(), annotations);
    }

    /** What a change to a list checks (who may see it, its state, its version), without its entries. */
    Optional<ListHead> head(Viewer viewer, long listId) {
        return db.select(RANKED_LIST.ID, RANKED_LIST.STUDENT_ID, RANKED_LIST.LIST_NO, RANKED_LIST.STATUS,
                        RANKED_LIST.SPECIALTY, RANKED_LIST.VERSION, DSL.field(DSL.selectCount().from(RANKED_ENTRY)
                                .where(RANKED_ENTRY.LIST_ID.eq(RANKED_LIST.ID))))
                .from(RANKED_LIST)
                .where(RANKED_LIST.ID.eq(listId)).and(visibleLists(viewer))
                .fetchOptional(r -> new ListHead(r.value1(), r.value2(), r.value3(), ListStatus.valueOf(r.value4()),
                        Specialty.valueOf(r.value5()), r.value6(), r.value7()));
    }

    /** One entry of a list, as a change names it: where it stands and which program it is. */
    Optional<ListHead.Entry> entryOf(long listId, long entryId) {
        return db.select(RANKED_ENTRY.ID, RANKED_ENTRY.POSITION, RANKED_ENTRY.PROGRAM_ID, RANKED_ENTRY.PROGRAM_NAME)
                .from(RANKED_ENTRY)
                .where(RANKED_ENTRY.ID.eq(entryId)).and(RANKED_ENTRY.LIST_ID.eq(listId))
                .fetchOptional(r -> new ListHead.Entry(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static RankedList list(Record r, @Nullable String approvalOverride, List<ListEntry> entries) {
        Double[] chances = r.get(RANKED_LIST.CURVE_CHANCE);
        Integer[] costs = r.get(RANKED_LIST.CURVE_COST);
        List<CurvePoint> curve = new ArrayList<>(chances.length);
        for (int i = 0; i < chances.length; i++) {
            curve.add(new CurvePoint(i + 1, costs[i], chances[i]));
        }
        String creator = r.get(CREATOR.displayName());
        return new RankedList(r.get(RANKED_LIST.ID), r.get(RANKED_LIST.STUDENT_ID), r.get(STUDENT.displayName()),
                r.get(RANKED_LIST.LIST_NO), ListStatus.valueOf(r.get(RANKED_LIST.STATUS)),
                Specialty.valueOf(r.get(RANKED_LIST.SPECIALTY)), r.get(RANKED_LIST.BUDGET_APPLICATIONS),
                r.get(RANKED_LIST.INTERVIEWS_NEEDED),
                new RecordedInputs(r.get(RANKED_LIST.HANDS_ON_USCE_MONTHS), r.get(RANKED_LIST.OBSERVERSHIP_MONTHS),
                        r.get(RANKED_LIST.US_LETTERS)),
                r.get(RANKED_LIST.CATALOG_REVISION), r.get(RANKED_LIST.CONSIDERED), r.get(RANKED_LIST.ELIGIBLE),
                new MatchChance(r.get(RANKED_LIST.MATCH_CHANCE), r.get(RANKED_LIST.MATCH_CHANCE_LOW),
                        r.get(RANKED_LIST.MATCH_CHANCE_HIGH)),
                r.get(RANKED_LIST.EXPECTED_INTERVIEWS), interviewCounts(r.get(RANKED_LIST.INTERVIEW_COUNTS)),
                r.get(RANKED_LIST.TOTAL_COST),
                new MarginalValue(r.get(RANKED_LIST.PLUS_ONE_APPLICATIONS), r.get(RANKED_LIST.PLUS_ONE_COST),
                        r.get(RANKED_LIST.PLUS_ONE_GAIN)),
                new MarginalValue(r.get(RANKED_LIST.PLUS_TEN_APPLICATIONS), r.get(RANKED_LIST.PLUS_TEN_COST),
                        r.get(RANKED_LIST.PLUS_TEN_GAIN)),
                curve, Arrays.asList(r.get(RANKED_LIST.SIGNAL_ADVICE)), r.get(RANKED_LIST.LIST_END),
                Arrays.asList(r.get(RANKED_LIST.WARNINGS)), r.get(RANKED_LIST.SEASON_NOTE),
                creator == null ? "system" : creator,
                r.get(RANKED_LIST.CREATED_AT), r.get(RANKED_LIST.VERSION), approvalOverride, entries);
    }

    private static Annotation annotation(Record r) {
        return new Annotation(r.get(RANKED_ANNOTATION.ID), r.get(RANKED_ANNOTATION.ENTRY_ID),
                r.get(RANKED_ANNOTATION.AUTHOR_ID), r.get(PEOPLE.displayName()),
                AnnotationKind.valueOf(r.get(RANKED_ANNOTATION.KIND)), r.get(RANKED_ANNOTATION.TEXT),
                r.get(RANKED_ANNOTATION.UPDATED_AT), r.get(RANKED_ANNOTATION.VERSION), r.get(RANKED_ANNOTATION.RESOLVED_AT));
    }

    /** @return false when the list's version moved on since it was read */
    boolean moveStatus(long listId, int expectedVersion, ListStatus to, long by, OffsetDateTime at) {
        return Rows.oneOrNone(db.update(RANKED_LIST)
                .set(RANKED_LIST.STATUS, to.name())
                .set(RANKED_LIST.STATUS_CHANGED_BY, by)
                .set(RANKED_LIST.STATUS_CHANGED_AT, at)
                .set(RANKED_LIST.VERSION, RANKED_LIST.VERSION.plus(1))
                .where(RANKED_LIST.ID.eq(listId)).and(RANKED_LIST.VERSION.eq(expectedVersion)));
    }

    /** @return the ids of the student's published lists that are now superseded */
    List<Long> supersedePublished(long studentId, long by, OffsetDateTime at) {
        // one version at most is published at a time
        return Rows.atMost(1, db.update(RANKED_LIST)
                .set(RANKED_LIST.STATUS, ListStatus.SUPERSEDED.name())
                .set(RANKED_LIST.STATUS_CHANGED_BY, by)
                .set(RANKED_LIST.STATUS_CHANGED_AT, at)
                .set(RANKED_LIST.VERSION, RANKED_LIST.VERSION.plus(1))
                .where(RANKED_LIST.STUDENT_ID.eq(studentId)).and(RANKED_LIST.STATUS.eq(ListStatus.PUBLISHED.name()))
                .returning(RANKED_LIST.ID)).getValues(RANKED_LIST.ID);
    }

    /** Every override moves the list's version: the list and its entries are locked as one. */
    boolean bumpVersion(long listId, int expectedVersion) {
        return Rows.oneOrNone(db.update(RANKED_LIST).set(RANKED_LIST.VERSION, RANKED_LIST.VERSION.plus(1))
                .where(RANKED_LIST.ID.eq(listId)).and(RANKED_LIST.VERSION.eq(expectedVersion)));
    }

    void setPinned(long listId, long entryId, boolean pinned) {
        Rows.one(db.update(RANKED_ENTRY).set(RANKED_ENTRY.PINNED, pinned)
                .where(RANKED_ENTRY.ID.eq(entryId)).and(RANKED_ENTRY.LIST_ID.eq(listId)));
    }

    void setExcluded(long listId, long entryId, @Nullable String reason) {
        Rows.one(db.update(RANKED_ENTRY).set(RANKED_ENTRY.EXCLUDED, reason != null).set(RANKED_ENTRY.EXCLUDE_REASON, reason)
                .where(RANKED_ENTRY.ID.eq(entryId)).and(RANKED_ENTRY.LIST_ID.eq(listId)));
    }

    /**
     * Moves an entry from one place to another, the entries between closing ranks, in one statement that touches only
     * the rows from one place to the other: a list's positions are always 1 to its size, each once.
     */
    void move(long listId, long entryId, int from, int to) {
        int low = Math.min(from, to);
        int high = Math.max(from, to);
        int touched = Rows.atMost(high - low + 1, db.update(RANKED_ENTRY)
                .set(RANKED_ENTRY.POSITION, DSL.when(RANKED_ENTRY.ID.eq(entryId), DSL.val(to))
                        .otherwise(from < to ? RANKED_ENTRY.POSITION.minus(1) : RANKED_ENTRY.POSITION.plus(1)))
                .where(RANKED_ENTRY.LIST_ID.eq(listId)).and(RANKED_ENTRY.POSITION.between(low, high)));
        if (touched != high - low + 1) {
            throw new IllegalStateException("List " + listId + " has " + touched + " entries from position " + low
                    + " to " + high + ", not one at each");
        }
    }

    long insertAnnotation(long entryId, long authorId, AnnotationKind kind, String text) {
        return db.insertInto(RANKED_ANNOTATION).set(RANKED_ANNOTATION.ENTRY_ID, entryId)
                .set(RANKED_ANNOTATION.AUTHOR_ID, authorId).set(RANKED_ANNOTATION.KIND, kind.name())
                .set(RANKED_ANNOTATION.TEXT, text)
                .returning(RANKED_ANNOTATION.ID).fetchSingle(RANKED_ANNOTATION.ID);
    }

    /** One annotation with its author's name. */
    Optional<Annotation> annotation(long annotationId) {
        return db.select(RANKED_ANNOTATION.fields()).select(PEOPLE.displayName())
                .from(RANKED_ANNOTATION).join(PEOPLE.table()).on(PEOPLE.id().eq(RANKED_ANNOTATION.AUTHOR_ID))
                .where(RANKED_ANNOTATION.ID.eq(annotationId))
                .fetchOptional(RankedListRepository::annotation);
    }

    /** The list an annotation belongs to, if the viewer may see that list. */
    Optional<Long> listOfAnnotation(Viewer viewer, long annotationId) {
        return db.select(RANKED_LIST.ID).from(RANKED_ANNOTATION)
                .join(RANKED_ENTRY).on(RANKED_ENTRY.ID.eq(RANKED_ANNOTATION.ENTRY_ID))
                .join(RANKED_LIST).on(RANKED_LIST.ID.eq(RANKED_ENTRY.LIST_ID))
                .where(RANKED_ANNOTATION.ID.eq(annotationId)).and(visibleLists(viewer))
                .fetchOptional(RANKED_LIST.ID);
    }

    /** @return false when the annotation's version moved on since it was read */
    boolean updateAnnotation(long annotationId, int expectedVersion, AnnotationKind kind, String text, OffsetDateTime at) {
        return Rows.oneOrNone(db.update(RANKED_ANNOTATION)
                .set(RANKED_ANNOTATION.KIND, kind.name())
                .set(RANKED_ANNOTATION.TEXT, text)
                .set(RANKED_ANNOTATION.UPDATED_AT, at)
                // what is said anew is open again: a resolved concern, edited, asks to be read again
                .setNull(RANKED_ANNOTATION.RESOLVED_AT)
                .set(RANKED_ANNOTATION.VERSION, RANKED_ANNOTATION.VERSION.plus(1))
                .where(RANKED_ANNOTATION.ID.eq(annotationId)).and(RANKED_ANNOTATION.VERSION.eq(expectedVersion)));
    }

    /** @return false when the annotation's version moved on since it was read, or it is no longer an open concern */
    boolean resolveConcern(long annotationId, int expectedVersion, OffsetDateTime at) {
        return Rows.oneOrNone(db.update(RANKED_ANNOTATION)
                .set(RANKED_ANNOTATION.RESOLVED_AT, at)
                .set(RANKED_ANNOTATION.VERSION, RANKED_ANNOTATION.VERSION.plus(1))
                .where(RANKED_ANNOTATION.ID.eq(annotationId)).and(RANKED_ANNOTATION.VERSION.eq(expectedVersion))
                .and(RANKED_ANNOTATION.KIND.eq(AnnotationKind.CONCERN.name())).and(RANKED_ANNOTATION.RESOLVED_AT.isNull()));
    }

    /** How many concerns on the list's entries nobody has resolved, counted in the database whoever asks. */
    int openConcerns(long listId) {
        return db.fetchCount(RANKED_ANNOTATION.join(RANKED_ENTRY).on(RANKED_ENTRY.ID.eq(RANKED_ANNOTATION.ENTRY_ID)),
                RANKED_ENTRY.LIST_ID.eq(listId).and(RANKED_ANNOTATION.KIND.eq(AnnotationKind.CONCERN.name()))
                        .and(RANKED_ANNOTATION.RESOLVED_AT.isNull()));
    }

    void recordApprovalOverride(long listId, String reason) {
        Rows.one(db.update(RANKED_LIST).set(RANKED_LIST.APPROVAL_OVERRIDE, reason).where(RANKED_LIST.ID.eq(listId)));
    }

    /** The log-odds of the entries still on the list, for recomputing its figures. */
    double[] keptLogits(long listId) {
        return db.select(RANKED_ENTRY.LOGIT).from(RANKED_ENTRY)
                .where(RANKED_ENTRY.LIST_ID.eq(listId)).and(RANKED_ENTRY.EXCLUDED.isFalse())
                .fetch(RANKED_ENTRY.LOGIT).stream().mapToDouble(Double::doubleValue).toArray();
    }

    void updateOutlook(long listId, ListOutlook outlook) {
        Rows.one(db.update(RANKED_LIST)
                .set(RANKED_LIST.MATCH_CHANCE, outlook.matchChance().estimate())
                .set(RANKED_LIST.MATCH_CHANCE_LOW, outlook.matchChance().low())
                .set(RANKED_LIST.MATCH_CHANCE_HIGH, outlook.matchChance().high())
                .set(RANKED_LIST.EXPECTED_INTERVIEWS, outlook.expectedInterviews())
                .set(RANKED_LIST.INTERVIEW_COUNTS, boxed(outlook.interviews()))
                .set(RANKED_LIST.TOTAL_COST, outlook.totalCost())
                .where(RANKED_LIST.ID.eq(listId)));
    }

    /** What the advisors decided on the student's latest version: the programs pinned and those excluded. */
    Overrides latestOverrides(long studentId) {
        var latest = DSL.select(DSL.max(RANKED_LIST.ID)).from(RANKED_LIST).where(RANKED_LIST.STUDENT_ID.eq(studentId)
                .and(RANKED_LIST.LIST_NO.eq(DSL.select(DSL.max(RANKED_LIST.LIST_NO)).from(RANKED_LIST)
                        .where(RANKED_LIST.STUDENT_ID.eq(studentId)))));
        Set<String> pinned = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        db.select(RANKED_ENTRY.PROGRAM_ID, RANKED_ENTRY.PINNED, RANKED_ENTRY.EXCLUDED).from(RANKED_ENTRY)
                .where(RANKED_ENTRY.LIST_ID.eq(latest)).and(RANKED_ENTRY.PINNED.isTrue().or(RANKED_ENTRY.EXCLUDED.isTrue()))
                .forEach(r -> (r.value3() ? excluded : pinned).add(r.value1()));
        return new Overrides(pinned, excluded);
    }

    record Overrides(Set<String> pinned, Set<String> excluded) {
    }

    /**
     * Copies the excluded entries of the version before, with their reasons, after the new version's last entry: an
     * exclusion stays visible, and undoable, in every later version. (Pins are carried by the run itself.)
     */
    void carryExclusions(long listId, long studentId, int listNo) {
        var previous = RANKED_LIST.as("previous");
        var before = RANKED_ENTRY.as("before");
        int last = db.select(DSL.coalesce(DSL.max(RANKED_ENTRY.RANK), 0)).from(RANKED_ENTRY)
                .where(RANKED_ENTRY.LIST_ID.eq(listId)).fetchSingle().value1();
        var order = DSL.rowNumber().over(DSL.orderBy(before.POSITION, before.ID));
        db.insertInto(RANKED_ENTRY, RANKED_ENTRY.LIST_ID, RANKED_ENTRY.RANK, RANKED_ENTRY.POSITION,
                        RANKED_ENTRY.PROGRAM_ID, RANKED_ENTRY.PROGRAM_NAME, RANKED_ENTRY.INSTITUTION, RANKED_ENTRY.CITY,
                        RANKED_ENTRY.STATE, RANKED_ENTRY.SPONSORS_J1, RANKED_ENTRY.SPONSORS_H1B, RANKED_ENTRY.TIER,
                        RANKED_ENTRY.PROBABILITY, RANKED_ENTRY.LOGIT, RANKED_ENTRY.COST, RANKED_ENTRY.SIGNAL,
                        RANKED_ENTRY.SUMMARY, RANKED_ENTRY.EXPLANATION, RANKED_ENTRY.PINNED, RANKED_ENTRY.EXCLUDED,
                        RANKED_ENTRY.EXCLUDE_REASON)
                .select(DSL.select(DSL.val(listId), order.plus(last), order.plus(last), before.PROGRAM_ID,
                                before.PROGRAM_NAME, before.INSTITUTION, before.CITY, before.STATE, before.SPONSORS_J1,
                                before.SPONSORS_H1B, before.TIER, before.PROBABILITY, before.LOGIT, before.COST,
                                before.SIGNAL, before.SUMMARY, before.EXPLANATION, DSL.val(false), DSL.val(true),
                                before.EXCLUDE_REASON)
                        .from(before).join(previous).on(previous.ID.eq(before.LIST_ID))
                        .where(previous.STUDENT_ID.eq(studentId)).and(previous.LIST_NO.eq(listNo - 1))
                        .and(before.EXCLUDED.isTrue())
                        .and(before.PROGRAM_ID.notIn(DSL.select(RANKED_ENTRY.PROGRAM_ID).from(RANKED_ENTRY)
                                .where(RANKED_ENTRY.LIST_ID.eq(listId)))))
                .execute();
    }

    /** The students of a cohort the viewer runs (withdrawn ones no longer), each with their latest list (if any), by name. */
    List<CohortStudentList> cohortLists(Viewer viewer, long cohortId) {
        var latest = RANKED_LIST.as("latest");
        return db.select(PEOPLE.id(), PEOPLE.displayName(), latest.ID, latest.LIST_NO, latest.STATUS, latest.MATCH_CHANCE)
                .from(PEOPLE.table())
                .leftJoin(latest).on(latest.STUDENT_ID.eq(PEOPLE.id())).and(latest.LIST_NO.eq(
                        DSL.select(DSL.max(RANKED_LIST.LIST_NO)).from(RANKED_LIST).where(RANKED_LIST.STUDENT_ID.eq(PEOPLE.id()))))
                .where(Relationships.inCohort(PEOPLE.id(), cohortId))
                .and(access.cohortsRunBy(viewer, DSL.val(cohortId)))
                .and(access.students(viewer, PEOPLE.id()))
                .orderBy(PEOPLE.displayName(), PEOPLE.id())
                .fetch(r -> new CohortStudentList(r.get(PEOPLE.id()), r.get(PEOPLE.displayName()), r.get(latest.ID),
                        r.get(latest.LIST_NO), r.get(latest.STATUS) == null ? null : ListStatus.valueOf(r.get(latest.STATUS)),
                        r.get(latest.MATCH_CHANCE)));
    }
}
