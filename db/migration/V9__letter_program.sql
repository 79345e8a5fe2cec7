-- Which approved letters a student sends to which program (ERAS sends at most four to one program; the service
-- enforces it under a lock on the student's person row). Keyed by the program's catalog id, not by a list entry, so
-- the choice outlives the student's SmartPick list versions.
create table letter_program (
    letter_id   bigint      not null references letter (id) on delete cascade,
    program_id  text        not null check (length(program_id) between 1 and 40),
    student_id  bigint      not null references person (id),
    assigned_at timestamptz not null default now(),
    primary key (letter_id, program_id)
);
create index letter_program_student_idx on letter_program (student_id, program_id);
