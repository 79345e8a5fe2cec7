-- The audit trail (FERPA 99.32's record of disclosures, and who changed what): append-only. The database itself
-- refuses UPDATE, DELETE and TRUNCATE on it, so no code path can rewrite history.
create table audit_event (
    id           bigint generated always as identity primary key,
    -- clock_timestamp, not now(): several events of one transaction keep their real order in time
    at           timestamptz not null default clock_timestamp(),
    actor_id     bigint      references person (id),
    actor_name   text        not null check (length(actor_name) between 1 and 200),
    actor_roles  text        not null check (length(actor_roles) <= 100),
    action       text        not null check (length(action) between 1 and 80),
    subject_type text        not null check (length(subject_type) between 1 and 60),
    subject_id   bigint,
    student_id   bigint      references person (id),
    before_state text        check (length(before_state) <= 4000),
    after_state  text        check (length(after_state) <= 4000),
    detail       text        check (length(detail) <= 2000)
);
create index audit_event_at_idx on audit_event (at desc);
create index audit_event_student_idx on audit_event (student_id, at desc);
create index audit_event_actor_idx on audit_event (actor_id, at desc);
create index audit_event_action_idx on audit_event (action, at desc);

create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
