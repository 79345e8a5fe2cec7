package com.smartpick.advising.security;

import static com.smartpick.advising.jooq.Tables.PERSON;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The people table as other features may read it: a read-only view under an alias of the caller's choosing, to join
 * for names and e-mails, and scalar fragments for one person. The view is a sub-select PostgreSQL folds into the
 * caller's query, so a join through it plans as a join on {@code person} itself; nobody outside {@code security} names
 * that table, and nobody but {@link PersonService} writes it.
 */
public final class People {

    private static final String[] STUDENT = {Role.STUDENT.name()};
    /** Letters a name search treats as their plain Latin letter (translate() needs no extension, unlike unaccent). */
    private static final String ACCENTED = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıłñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿźżž";
    private static final String PLAIN = "aaaaaaaaacccddeeeeeeeeiiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzz";

    private final Table<?> table;
    private final Field<Long> id;
    private final Field<String> displayName;
    private final Field<String> email;
    private final Field<String[]> roles;
    private final Field<OffsetDateTime> lastLoginAt;

    private People(String alias) {
        table = DSL.select(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, PERSON.ROLES, PERSON.LAST_LOGIN_AT).from(PERSON)
                .asTable(alias);
        id = table.field(PERSON.ID);
        displayName = table.field(PERSON.DISPLAY_NAME);
        email = table.field(PERSON.EMAIL);
        roles = table.field(PERSON.ROLES);
        lastLoginAt = table.field(PERSON.LAST_LOGIN_AT);
    }

    /** The view under {@code alias}: one per role a query joins ({@code "student"}, {@code "mentor"}, …). */
    public static People as(String alias) {
        return new People(alias);
    }

    public Table<?> table() {
        return table;
    }

    public Field<Long> id() {
        return id;
    }

    public Field<String> displayName() {
        return displayName;
    }

    public Field<String> email() {
        return email;
    }

    public Field<OffsetDateTime> lastLoginAt() {
        return lastLoginAt;
    }

    /**
     * Whether the display name contains {@code text}, ignoring case and accents ("jose" finds "José"); a blank text
     * matches everyone. A user's % or _ matches only itself.
     */
    public Condition nameMatches(String text) {
        String plain = plain(text.strip());
        return plain.isEmpty() ? DSL.noCondition() : DSL.translate(DSL.lower(displayName), ACCENTED, PLAIN).contains(plain);
    }

    private static String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int accented = ACCENTED.indexOf(c);
            plain.append(accented < 0 ? c : PLAIN.charAt(accented));
        }
        return plain.toString();
    }

    /**
     * A literal, not a bind value: a statement run often is planned once for any value (PostgreSQL's generic plan
     * after five runs), and for an unknown array it guesses that 0.5 % of people are students; the readiness summary
     * of 10,000 students then walked them in nested loops (240 ms instead of 140).
     */
    public Condition isStudent() {
        return roles.contains(DSL.inline(STUDENT, roles.getDataType()));
    }

    /** A person with no role here: a physician outside the portal, known by the e-mail a student gave. */
    public Condition outsider() {
        return DSL.cardinality(roles).eq(0);
    }

    public Condition has(Role role) {
        return roles.contains(new String[] {role.name()});
    }

    /** The person as a {@link PersonSummary}, from a row that selected this view's columns. */
    public PersonSummary summary(Record r) {
        return new PersonSummary(r.get(id), r.get(displayName), r.get(email), Role.fromNames(Arrays.asList(r.get(roles))));
    }

    /** The columns {@link #summary} reads. */
    public List<Field<?>> summaryFields() {
        return List.of(id, displayName, email, roles);
    }

    /** The display name of the person {@code personId} names, as a scalar sub-select (null for none). */
    public static Field<String> nameOf(Field<Long> personId) {
        return DSL.field(DSL.select(PERSON.DISPLAY_NAME).from(PERSON).where(PERSON.ID.eq(personId)));
    }

    /** Whether {@code personId} names a person with the student role. */
    public static Condition isStudent(Field<Long> personId) {
        return DSL.exists(DSL.selectOne().from(PERSON).where(PERSON.ID.eq(personId)).and(PERSON.ROLES.contains(STUDENT)));
    }
}
