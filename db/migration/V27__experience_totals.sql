-- A student's experience figures kept beside the records they come from, so the readiness dashboard can sort and
-- count 10,000 students without reading their 200,000 records each time. One row per student who has any record,
-- written by the trigger below in the same transaction as every insert, update and delete of experience_record:
-- no service can forget it. The figures that move with the calendar are kept in a form that does not:
-- hands_on_usce is the union of the hands-on US clinical periods of the current verified records, ongoing ones open
-- at the top; the days counted as of a day are its part up to that day (ExperienceFigures).
create table experience_totals (
    student_id          bigint         primary key references person (id),
    hands_on_usce       datemultirange not null,
    -- the first day of hands_on_usce (null for none): "has hands-on USCE by a day" is one comparison
    hands_on_usce_from  date,
    verified            integer        not null,
    submitted           integer        not null,
    oldest_submitted_at timestamptz,
    last_updated_at     timestamptz
);

-- The one statement of these figures (the rules of ExperienceFigures: current verified = VERIFIED and not
-- superseded; hands-on USCE = current verified, hands-on, in the US, of a clinical type). The student's row is
-- locked before the records are read: two transactions writing the same student's records take turns, and the
-- second, reading after the first committed, counts both (with one snapshot for both steps it would write over the
-- first with figures that miss its record).
create function experience_totals_refresh(student bigint) returns void
    language plpgsql security definer set search_path = advising, pg_temp as $$
begin
    insert into experience_totals (student_id, hands_on_usce, verified, submitted) values (student, '{}', 0, 0)
        on conflict (student_id) do nothing;
    perform from experience_totals where student_id = student for update;
    update experience_totals set hands_on_usce = coalesce(figures.usce, '{}'), hands_on_usce_from = lower(figures.usce),
                                 verified = figures.verified, submitted = figures.submitted,
                                 oldest_submitted_at = figures.oldest_submitted_at,
                                 last_updated_at = figures.last_updated_at
    from (select range_agg(daterange(start_date, end_date + 1)) filter (where status = 'VERIFIED'
                     and superseded_by is null and hands_on and country = 'US'
                     and experience_type in ('OBSERVERSHIP', 'EXTERNSHIP', 'CLINICAL_ROTATION', 'CLINICAL_WORK')) as usce,
                 count(*) filter (where status = 'VERIFIED' and superseded_by is null) as verified,
                 count(*) filter (where status = 'SUBMITTED') as submitted,
                 min(submitted_at) filter (where status = 'SUBMITTED') as oldest_submitted_at,
                 max(updated_at) as last_updated_at
          from experience_record where student_id = student) figures
    where experience_totals.student_id = student;
end $$;

create function experience_totals_follow() returns trigger
    language plpgsql security definer set search_path = advising, pg_temp as $$
begin
    if tg_op <> 'INSERT' then
        perform experience_totals_refresh(old.student_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.student_id <> old.student_id) then
        perform experience_totals_refresh(new.student_id);
    end if;
    return null;
end $$;

create trigger experience_totals_follow after insert or update or delete on experience_record
    for each row execute function experience_totals_follow();

-- the records written before this migration
do $$ begin
    perform experience_totals_refresh(student_id) from (select distinct student_id from experience_record) students;
end $$;
