-- Letters of recommendation: a student asks one of their mentors for a letter for a specialty and a list of
-- programs, waiving (or not) the right to read it; the mentor drafts it in saved revisions or uploads a PDF and
-- submits it; an advisor of the student's cohort approves it or returns it with a reason; the mentor may decline.
create table letter (
    id                 bigint generated always as identity primary key,
    student_id         bigint      not null references person (id),
    mentor_id          bigint      not null references person (id),
    specialty          text        not null check (length(trim(specialty)) between 1 and 80),
    -- free-text program names; ERAS itself is the authority on which program receives which letter
    programs           text[]      not null default '{}'
                       check (cardinality(programs) <= 30 and length(array_to_string(programs, '')) <= 6000),
    -- FERPA 34 CFR 99.12: the waiver is the student's, chosen per letter when asking, with when and by whom
    waived             boolean     not null,
    waiver_recorded_at timestamptz not null,
    waiver_recorded_by bigint      not null references person (id),
    status             text        not null default 'REQUESTED'
                       check (status in ('REQUESTED', 'DRAFTING', 'SUBMITTED', 'APPROVED', 'RETURNED', 'DECLINED')),
    -- why it was returned or declined
    reason             text        check (length(reason) <= 1000),
    content_kind       text        not null default 'NONE' check (content_kind in ('NONE', 'TEXT', 'PDF')),
    author_title       text        check (length(author_title) <= 120),
    author_institution text        check (length(author_institution) <= 200),
    author_contact     text        check (length(author_contact) <= 200),
    requested_at       timestamptz not null default now(),
    submitted_at       timestamptz,
    decided_at         timestamptz,
    decided_by         bigint      references person (id),
    version            integer     not null default 0,
    check (status not in ('RETURNED', 'DECLINED') or reason is not null),
    check (status not in ('SUBMITTED', 'APPROVED') or content_kind <> 'NONE')
);
create index letter_student_idx on letter (student_id, requested_at desc);
create index letter_mentor_idx on letter (mentor_id, requested_at desc);
create index letter_status_idx on letter (status);

-- Every save of the mentor's text is a revision of its own: nothing written is ever overwritten.
create table letter_revision (
    letter_id bigint      not null references letter (id),
    revision  integer     not null check (revision >= 1),
    body      text        not null check (length(body) <= 20000),
    saved_at  timestamptz not null default now(),
    saved_by  bigint      not null references person (id),
    primary key (letter_id, revision)
);

-- The mentor's uploaded PDF (at most 1 MB, ERAS's limit), one per letter: a new upload replaces the old one.
create table letter_upload (
    letter_id   bigint      primary key references letter (id),
    file_name   text        not null check (length(file_name) between 1 and 200),
    content     bytea       not null check (octet_length(content) <= 1048576),
    uploaded_at timestamptz not null default now(),
    uploaded_by bigint      not null references person (id)
);

-- The audit search filters by an action prefix ("letter." or "letter.read"): a pattern index serves LIKE 'x%'
-- whatever the database's collation.
create index audit_event_action_prefix_idx on audit_event (action text_pattern_ops, at desc);
