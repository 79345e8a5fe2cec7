-- Cohort operations: the ERAS experience selection, and the indexes the readiness dashboard needs at scale.

-- One student's ERAS experience entries, chosen and ordered by the student or their mentor. The selection row
-- carries the version (optimistic locking for the whole list: a save replaces every entry at once).
create table eras_selection (
    student_id bigint      primary key references person (id),
    updated_at timestamptz not null default now(),
    updated_by bigint      references person (id),
    version    integer     not null default 0
);

-- ERAS takes at most 10 experiences, each description within 750 characters; up to 3 are "most meaningful", each
-- with an extra 300-character field. The entries name current verified experience records of the student.
create table eras_entry (
    student_id      bigint  not null references eras_selection (student_id) on delete cascade,
    position        integer not null check (position between 1 and 10),
    record_id       bigint  not null references experience_record (id),
    description     text    not null check (length(description) <= 750),
    most_meaningful boolean not null default false,
    meaningful_note text    check (length(meaningful_note) <= 300),
    primary key (student_id, position),
    unique (student_id, record_id),
    check (most_meaningful or meaningful_note is null)
);
create index eras_entry_record_idx on eras_entry (record_id);
