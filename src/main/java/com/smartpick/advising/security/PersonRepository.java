package com.smartpick.advising.security;

import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.jooq.tables.Person;
import com.smartpick.advising.jooq.tables.records.PersonRecord;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

    private final DSLContext db;

    PersonRepository(DSLContext db) {
        this.db = db;
    }

    /** Creates the person on first sign-in, refreshes name, e-mail and roles on every later one. */
    long upsert(Identity identity, OffsetDateTime now) {
        String[] roles = roleNames(identity);
        return db.insertInto(PERSON)
                .set(PERSON.SUBJECT, identity.subject())
                .set(PERSON.DISPLAY_NAME, identity.displayName())
                .set(PERSON.EMAIL, identity.email())
                .set(PERSON.ROLES, roles)
                .set(PERSON.LAST_LOGIN_AT, now)
                .onConflict(PERSON.SUBJECT).doUpdate()
                .set(PERSON.DISPLAY_NAME, identity.displayName())
                .set(PERSON.EMAIL, identity.email())
                .set(PERSON.ROLES, roles)
                .set(PERSON.LAST_LOGIN_AT, now)
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .returning(PERSON.ID)
                .fetchSingle(PERSON.ID);
    }

    /** A person who never signed in; empty when the subject has a row already. */
    Optional<Long> insertIfAbsent(Identity identity) {
        return db.insertInto(PERSON)
                .set(PERSON.SUBJECT, identity.subject())
                .set(PERSON.DISPLAY_NAME, identity.displayName())
                .set(PERSON.EMAIL, identity.email())
                .set(PERSON.ROLES, roleNames(identity))
                .onConflict(PERSON.SUBJECT).doNothing()
                .returning(PERSON.ID)
                .fetchOptional(PERSON.ID);
    }

    /**
     * Gives a person imported under a placeholder subject to the signing-in identity, unless that identity has a
     * row of its own already (then the imported row stays for an advisor to sort out).
     */
    void claimImported(String subject, String importedSubject) {
        Person own = PERSON.as("own");
        Rows.oneOrNone(db.update(PERSON).set(PERSON.SUBJECT, subject).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.SUBJECT.eq(importedSubject))
                .andNotExists(DSL.selectOne().from(own).where(own.SUBJECT.eq(subject))));
    }

    Optional<PersonRecord> findBySubject(String subject) {
        return db.selectFrom(PERSON).where(PERSON.SUBJECT.eq(subject)).fetchOptional();
    }

    void touchLogin(long personId, OffsetDateTime now) {
        Rows.one(db.update(PERSON).set(PERSON.LAST_LOGIN_AT, now).where(PERSON.ID.eq(personId)));
    }

    /** By name or e-mail; the text's own {@code %} and {@code _} are matched as themselves, not as wildcards. */
    List<PersonSummary> search(Role role, String text, int limit) {
        return db.selectFrom(PERSON)
                .where(PERSON.ROLES.contains(new String[] {role.name()}))
                .and(PERSON.DISPLAY_NAME.containsIgnoreCase(text).or(PERSON.EMAIL.containsIgnoreCase(text)))
                .orderBy(PERSON.DISPLAY_NAME, PERSON.ID)
                .limit(limit)
                .fetch(PersonRepository::summary);
    }

    List<PersonSubject> withSubjectPrefix(String prefix) {
        return db.selectFrom(PERSON).where(PERSON.SUBJECT.startsWith(prefix)).orderBy(PERSON.ID)
                .fetch(r -> new PersonSubject(r.getSubject(), r.getDisplayName(), roles(r.getRoles())));
    }

    Optional<PersonSummary> find(long id) {
        return db.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PersonRepository::summary);
    }

    Map<String, List<PersonSummary>> byEmail(Collection<String> emails) {
        return db.selectFrom(PERSON).where(DSL.lower(PERSON.EMAIL).in(emails))
                .fetchGroups(r -> r.getEmail().toLowerCase(Locale.ROOT), PersonRepository::summary);
    }

    Map<String, Long> insertImported(Map<String, String> namesByEmail, String subjectPrefix) {
        if (namesByEmail.isEmpty()) {
            return Map.of();
        }
        var insert = db.insertInto(PERSON, PERSON.SUBJECT, PERSON.DISPLAY_NAME, PERSON.EMAIL, PERSON.ROLES);
        for (Map.Entry<String, String> student : namesByEmail.entrySet()) {
            insert = insert.values(subjectPrefix + student.getKey(), student.getValue(), student.getKey(),
                    new String[] {Role.STUDENT.name()});
        }
        insert.onConflictDoNothing().execute();
        return db.select(PERSON.EMAIL, PERSON.ID).from(PERSON)
                .where(PERSON.SUBJECT.in(namesByEmail.keySet().stream().map(e -> subjectPrefix + e).toList()))
                .fetchMap(PERSON.EMAIL, PERSON.ID);
    }

    private static String[] roleNames(Identity identity) {
        return identity.roles().stream().map(Role::name).sorted().toArray(String[]::new);
    }

    static PersonSummary summary(PersonRecord r) {
        return new PersonSummary(r.getId(), r.getDisplayName(), r.getEmail(), roles(r.getRoles()));
    }

    static java.util.Set<Role> roles(String @Nullable [] names) {
        return Role.fromNames(names == null ? List.of() : Arrays.asList(names));
    }
}
