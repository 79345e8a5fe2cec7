-- Experience records and their review, certificates, feedback, personal-statement drafts and in-app notifications.
-- Every editable row carries a version column for optimistic locking.
--
-- Revisions: one row of experience_record is one revision of one experience. A student edits a draft or a record
-- returned with "changes requested" in place. A verified row is never edited: editing it inserts a new DRAFT row
-- whose revision_of names the verified row, and the verified row stays as it was. When that revision is verified
-- in turn, the older verified row gets superseded_by = the new row.
--
--   THE CURRENT VERIFIED ONE of an experience is the row with status = 'VERIFIED' and superseded_by IS NULL.
--   Count verified experiences and hands-on US months from those rows only (index experience_current_verified_idx).
--   A row with status = 'SUBMITTED' is waiting for review since submitted_at (index experience_submitted_idx);
--   it may be a revision of a current verified row, which then still counts as verified until the revision is.
--
-- At most one open revision (draft, submitted or changes requested) hangs off a verified row.

create table experience_record (
    id               bigint generated always as identity primary key,
    student_id       bigint      not null references person (id),
    -- the verified row this one revises; null for an experience's first row
    revision_of      bigint      references experience_record (id),
    -- the later verified revision that replaced this verified row; null while this row is current
    superseded_by    bigint      references experience_record (id),
    status           text        not null default 'DRAFT'
                     check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'CHANGES_REQUESTED')),
    experience_type  text        not null
                     check (experience_type in ('OBSERVERSHIP', 'EXTERNSHIP', 'CLINICAL_ROTATION', 'RESEARCH',
                                                'VOLUNTEER', 'CLINICAL_WORK', 'EDUCATION_TRAINING')),
    -- true: hands-on patient care; false: observation only
    hands_on         boolean     not null,
    institution      text        not null check (length(trim(institution)) between 1 and 200),
    department       text        check (length(department) <= 200),
    city             text        not null check (length(trim(city)) between 1 and 100),
    -- two-letter USPS code (with DC and the territories) when country = 'US', free text up to 100 elsewhere
    state            text        check (length(state) <= 100),
    -- ISO 3166-1 alpha-2
    country          char(2)     not null check (country ~ '^[A-Z]{2}$'),
    setting          text        not null
                     check (setting in ('ACADEMIC', 'COMMUNITY', 'RURAL_CLINIC', 'SPECIALIZED_FACILITY')),
    -- the engine's Specialty name (e.g. INTERNAL_MEDICINE) or OTHER
    specialty        text        not null check (length(specialty) between 1 and 60),
    start_date       date        not null,
    -- null only while ongoing; an ongoing record may carry its planned end
    end_date         date,
    ongoing          boolean     not null default false,
    hours_per_week   integer     not null check (hours_per_week between 1 and 80),
    supervisor_name  text        not null check (length(trim(supervisor_name)) between 1 and 200),
    supervisor_title text        check (length(supervisor_title) <= 200),
    supervisor_email text        check (length(supervisor_email) <= 320),
    tasks            text        check (length(tasks) <= 4000),
    procedures       text        check (length(procedures) <= 4000),
    ehr_systems      text[]      not null default '{}' check (cardinality(ehr_systems) <= 20),
    -- e.g. BLS, ACLS, PALS
    trainings        text[]      not null default '{}' check (cardinality(trainings) <= 20),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    -- the last submission for review (kept after review: the review queue orders by it)
    submitted_at     timestamptz,
    -- the last verify or request-changes decision and who made it
    reviewed_at      timestamptz,
    reviewed_by      bigint      references person (id),
    version          integer     not null default 0,
    check (ongoing or end_date is not null),
    check (end_date is null or end_date >= start_date),
    check (status = 'DRAFT' or submitted_at is not null),
    check (status not in ('VERIFIED', 'CHANGES_REQUESTED') or reviewed_at is not null),
    check (superseded_by is null or status = 'VERIFIED')
);
create index experience_student_idx on experience_record (student_id, start_date desc);
-- "submitted records of a student by submission time" and the review queue, oldest first
create index experience_submitted_idx on experience_record (student_id, submitted_at) where status = 'SUBMITTED';
create index experience_queue_idx on experience_record (submitted_at) where status = 'SUBMITTED';
create index experience_current_verified_idx on experience_record (student_id)
    where status = 'VERIFIED' and superseded_by is null;
create unique index experience_one_open_revision_uq on experience_record (revision_of)
    where status <> 'VERIFIED';

-- Who moved a row from which state to which, and when: the history a student sees on the record.
create table experience_transition (
    id          bigint generated always as identity primary key,
    record_id   bigint      not null references experience_record (id) on delete cascade,
    from_status text        check (from_status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'CHANGES_REQUESTED')),
    to_status   text        not null check (to_status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'CHANGES_REQUESTED')),
    actor_id    bigint      not null references person (id),
    at          timestamptz not null default clock_timestamp(),
    -- the reviewer's message when changes are requested (the student sees it)
    note        text        check (length(note) <= 4000)
);
create index experience_transition_record_idx on experience_transition (record_id, at);

-- Certificates, kept in the database so they survive restarts and move with backups. A new revision copies
-- its verified row's attachments.
create table experience_attachment (
    id          bigint generated always as identity primary key,
    record_id   bigint      not null references experience_record (id) on delete cascade,
    file_name   text        not null check (length(file_name) between 1 and 200),
    media_type  text        not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes  integer     not null check (size_bytes between 1 and 5242880),
    content     bytea       not null,
    uploaded_at timestamptz not null default now(),
    uploaded_by bigint      not null references person (id)
);
create index experience_attachment_record_idx on experience_attachment (record_id);

create table personal_statement (
    id         bigint generated always as identity primary key,
    student_id bigint      not null references person (id),
    title      text        not null check (length(trim(title)) between 1 and 120),
    -- ERAS takes a personal statement of up to 28,000 characters
    body       text        not null default '' check (length(body) <= 28000),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    integer     not null default 0
);
create index personal_statement_student_idx on personal_statement (student_id, updated_at desc);

-- Feedback on a record, a personal-statement draft or in general. visibility STAFF_ONLY is never shown to the
-- student: every student-facing query filters on visibility = 'STUDENT'.
create table feedback (
    id           bigint generated always as identity primary key,
    student_id   bigint      not null references person (id),
    author_id    bigint      not null references person (id),
    about        text        not null check (about in ('RECORD', 'STATEMENT', 'GENERAL')),
    record_id    bigint      references experience_record (id) on delete cascade,
    statement_id bigint      references personal_statement (id) on delete cascade,
    visibility   text        not null check (visibility in ('STUDENT', 'STAFF_ONLY')),
    body         text        not null check (length(trim(body)) between 1 and 4000),
    created_at   timestamptz not null default now(),
    version      integer     not null default 0,
    check ((about = 'RECORD') = (record_id is not null)),
    check ((about = 'STATEMENT') = (statement_id is not null))
);
create index feedback_student_idx on feedback (student_id, created_at desc);
create index feedback_record_idx on feedback (record_id, created_at) where record_id is not null;
create index feedback_statement_idx on feedback (statement_id, created_at) where statement_id is not null;

-- In-app notifications (the inbox and its unread badge). Only student-visible events are ever written for a
-- student, so the inbox cannot leak staff-only feedback.
create table notification (
    id           bigint generated always as identity primary key,
    recipient_id bigint      not null references person (id),
    kind         text        not null check (length(kind) between 1 and 60),
    message      text        not null check (length(message) between 1 and 500),
    -- what the notification is about, for a link: e.g. ('experience', 42)
    subject_type text        check (length(subject_type) <= 60),
    subject_id   bigint,
    created_at   timestamptz not null default now(),
    read_at      timestamptz,
    version      integer     not null default 0
);
create index notification_recipient_idx on notification (recipient_id, created_at desc);
create index notification_unread_idx on notification (recipient_id) where read_at is null;
