-- Text typed into a long form and not yet saved, kept per person and form while they type, so that a session that
-- ends mid-edit (server restart, sign-out in another tab, a closed laptop) does not lose it. Only its author reads it
-- back; a save or a discard removes it, and rows older than the keeping period are purged as the author types.
create table unsaved_text (
    person_id bigint      not null references person (id) on delete cascade,
    form_key  text        not null check (length(form_key) between 1 and 100),
    body      text        not null check (length(body) between 1 and 100000),
    kept_at   timestamptz not null default now(),
    primary key (person_id, form_key)
);
