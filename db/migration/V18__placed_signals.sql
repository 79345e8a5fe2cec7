-- Preference signals a student placed in an application season: the student records them (or an advisor for her),
-- within the specialty's allowance, and every SmartPick run in that specialty and season counts them. The program's
-- name is kept as it was when the signal was placed, so the record reads the same if the catalog changes.
create table placed_signal (
    id           bigint generated always as identity primary key,
    student_id   bigint      not null references person (id),
    match_year   integer     not null check (match_year between 2000 and 2100),
    specialty    text        not null check (length(specialty) between 1 and 60),
    program_id   text        not null check (length(program_id) between 1 and 60),
    program_name text        not null check (length(program_name) between 1 and 300),
    tier         text        not null check (tier in ('PRIMARY', 'SECONDARY')),
    placed_by    bigint      not null references person (id),
    placed_at    timestamptz not null default now(),
    -- one signal per program and season: a program is signaled gold or silver, not both
    unique (student_id, match_year, program_id)
);
create index placed_signal_student_idx on placed_signal (student_id, match_year, specialty);
