-- A student has at most one current enrollment: ACTIVE in a cohort that is not archived. Up to this version any
-- advisor could enroll any student, so one student could sit in several advisors' live cohorts, each of whom then
-- read her records. The rule is the service's (CohortService), and this index makes it hold under every race: two
-- advisors enrolling the same student at once, a restore of an archived cohort while its student is enrolled
-- elsewhere. An index cannot look into another table, so each enrollment carries its cohort's archived flag,
-- kept by the two triggers below and never written by the application.
alter table enrollment add column cohort_archived boolean not null default false;
update enrollment e set cohort_archived = c.archived from cohort c where c.id = e.cohort_id;

-- FOR SHARE waits for a concurrent archive or restore of the cohort to commit and then reads its outcome, so an
-- enrollment written at that moment never keeps the flag its cohort had before. Every write derives the flag, so no
-- statement can set it wrong.
create function enrollment_take_cohort_archived() returns trigger
    language plpgsql
    set search_path from current as
$$
begin
    select archived into new.cohort_archived from cohort where id = new.cohort_id for share;
    return new;
end;
$$;

create trigger enrollment_cohort_archived
    before insert or update on enrollment
    for each row execute function enrollment_take_cohort_archived();

create function cohort_archived_to_enrollments() returns trigger
    language plpgsql
    set search_path from current as
$$
begin
    update enrollment set cohort_archived = new.archived where cohort_id = new.id;
    return null;
end;
$$;

create trigger cohort_archived_to_enrollments
    after update of archived on cohort
    for each row when (old.archived is distinct from new.archived)
    execute function cohort_archived_to_enrollments();

-- Repair what the old rule allowed. A student current in several live cohorts keeps the earliest enrollment (the
-- later ones are what "any advisor can take any student" produced) and is withdrawn from the others; an admin can
-- move her if the later one was the right one. Withdrawing ends the enrollment's mentor assignments, as it does in
-- the application from now on, including those of enrollments withdrawn before this version (they would otherwise
-- come back with a re-enrollment). Each change is written to the audit trail.
do
$$
    declare
        withdrawn integer;
        ended     integer;
    begin
        with later as (
            select e.id
            from (select id, row_number() over (partition by student_id order by enrolled_at, id) as n
                  from enrollment
                  where status = 'ACTIVE' and not cohort_archived) e
            where e.n > 1
        ), changed as (
            update enrollment set status = 'WITHDRAWN', version = version + 1
            where id in (select id from later)
            returning cohort_id, student_id
        )
        insert into audit_event (actor_name, actor_roles, action, subject_type, subject_id, student_id,
                                 before_state, after_state, detail)
        select 'Migration V14', 'SYSTEM', 'cohort.withdraw', 'cohort', cohort_id, student_id, 'ACTIVE', 'WITHDRAWN',
               'Current in more than one live cohort: a student keeps one current enrollment, the earliest.'
        from changed;
        get diagnostics withdrawn = row_count;

        with gone as (
            delete from mentor_assignment m
            using enrollment e
            where e.cohort_id = m.cohort_id and e.student_id = m.student_id and e.status = 'WITHDRAWN'
            returning m.cohort_id, m.student_id, m.mentor_id
        )
        insert into audit_event (actor_name, actor_roles, action, subject_type, subject_id, student_id, detail)
        select 'Migration V14', 'SYSTEM', 'cohort.unassign_mentor', 'cohort', g.cohort_id, g.student_id,
               p.display_name || ' (#' || p.id || '): the student was withdrawn from the cohort'
        from gone g join person p on p.id = g.mentor_id;
        get diagnostics ended = row_count;

        raise notice 'Enrollments repaired: % withdrawn (current in another live cohort), % mentor assignments ended',
            withdrawn, ended;
    end
$$;

create unique index enrollment_one_current_uq on enrollment (student_id) where status = 'ACTIVE' and not cohort_archived;

-- The update above rewrote every enrollment and the visibility condition now filters on two of its columns: fresh
-- statistics now, rather than whenever autovacuum comes by.
analyze enrollment;
