-- The application season's timeline per cohort. The defaults are the published ERAS and NRMP calendars
-- (advising/season/calendar.properties); a cohort keeps its own copy of a date once an advisor adjusts it, with the
-- default it replaced, so the two can be compared. A milestone without a row here is at its default.
create table season_date (
    cohort_id         bigint      not null references cohort (id),
    milestone         text        not null check (length(milestone) between 1 and 40),
    starts_on         date        not null,
    ends_on           date,
    default_starts_on date        not null,
    default_ends_on   date,
    -- a row is written at version 1; "no row" is version 0, so the first adjustment is optimistically locked too
    version           integer     not null check (version >= 1),
    updated_by        bigint      not null references person (id),
    updated_at        timestamptz not null default now(),
    primary key (cohort_id, milestone),
    check (ends_on is null or ends_on >= starts_on)
);

-- What only the student can say is done (her statement is final; her rank order list is certified in NRMP's R3,
-- outside the portal): her own confirmation, per season.
create table season_task_check (
    student_id bigint      not null references person (id),
    match_year integer     not null check (match_year between 2000 and 2100),
    task       text        not null check (length(task) between 1 and 40),
    checked_at timestamptz not null default now(),
    primary key (student_id, match_year, task)
);

-- What the daily job announced: one row per student, season, task and kind, inserted once; the insert that finds the
-- row there announces nothing, so two instances running the job at once announce each thing once.
create table season_announcement (
    student_id   bigint      not null references person (id),
    match_year   integer     not null check (match_year between 2000 and 2100),
    task         text        not null check (length(task) between 1 and 40),
    kind         text        not null check (kind in ('task.due_soon', 'task.late')),
    announced_at timestamptz not null default now(),
    primary key (student_id, match_year, task, kind)
);

-- A student's calendar subscription: only the SHA-256 of its secret token is kept, so the table alone opens no feed.
-- Revoking deletes the row; a new token replaces the old one.
create table calendar_feed (
    student_id bigint      primary key references person (id),
    token_hash text        not null unique check (length(token_hash) = 64),
    created_at timestamptz not null default now()
);
