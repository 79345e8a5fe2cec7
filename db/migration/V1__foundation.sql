-- Foundation: people, cohorts, enrollments, mentor assignments and the applicant profile.
-- Every editable row carries a version column for optimistic locking.

create table person (
    id            bigint generated always as identity primary key,
    subject       text        not null unique,
    display_name  text        not null check (length(display_name) between 1 and 200),
    email         text        check (length(email) <= 320),
    roles         text[]      not null default '{}'
                  check (roles <@ array['ADVISOR', 'MENTOR', 'STUDENT', 'ADMIN']::text[]),
    created_at    timestamptz not null default now(),
    last_login_at timestamptz,
    version       integer     not null default 0
);
create index person_email_idx on person (lower(email));
create index person_name_idx on person (lower(display_name));

create table cohort (
    id           bigint generated always as identity primary key,
    name         text        not null check (length(trim(name)) between 1 and 120),
    match_season text        not null check (length(trim(match_season)) between 1 and 80),
    archived     boolean     not null default false,
    created_at   timestamptz not null default now(),
    created_by   bigint      references person (id),
    version      integer     not null default 0
);
-- two live cohorts with one name would be confused in every picker
create unique index cohort_live_name_uq on cohort (lower(name)) where not archived;

create table cohort_advisor (
    cohort_id  bigint not null references cohort (id) on delete cascade,
    advisor_id bigint not null references person (id),
    primary key (cohort_id, advisor_id)
);
create index cohort_advisor_advisor_idx on cohort_advisor (advisor_id);

create table enrollment (
    id          bigint generated always as identity primary key,
    cohort_id   bigint      not null references cohort (id) on delete cascade,
    student_id  bigint      not null references person (id),
    status      text        not null default 'ACTIVE'
                check (status in ('ACTIVE', 'WITHDRAWN', 'MATCHED', 'UNMATCHED')),
    enrolled_at timestamptz not null default now(),
    version     integer     not null default 0,
    unique (cohort_id, student_id)
);
create index enrollment_student_idx on enrollment (student_id);

create table mentor_assignment (
    cohort_id   bigint      not null,
    student_id  bigint      not null,
    mentor_id   bigint      not null references person (id),
    assigned_at timestamptz not null default now(),
    primary key (cohort_id, student_id, mentor_id),
    foreign key (cohort_id, student_id) references enrollment (cohort_id, student_id) on delete cascade
);
create index mentor_assignment_mentor_idx on mentor_assignment (mentor_id);
create index mentor_assignment_student_idx on mentor_assignment (student_id);

create table applicant_profile (
    student_id            bigint      primary key references person (id),
    medical_school        text        check (length(medical_school) <= 200),
    school_country        text        check (length(school_country) <= 100),
    graduation_year       integer     check (graduation_year between 1950 and 2100),
    ecfmg_certified       boolean     not null default false,
    step1_result          text        not null default 'NOT_TAKEN' check (step1_result in ('NOT_TAKEN', 'PASS', 'FAIL')),
    step1_attempts        integer     not null default 0 check (step1_attempts between 0 and 6),
    step2ck_score         integer     check (step2ck_score between 1 and 300),
    step2ck_attempts      integer     not null default 0 check (step2ck_attempts between 0 and 6),
    step3_result          text        not null default 'NOT_TAKEN' check (step3_result in ('NOT_TAKEN', 'PASS', 'FAIL')),
    visa_need             text        not null default 'NONE' check (visa_need in ('NONE', 'J1', 'H1B')),
    preferred_specialties text[]      not null default '{}' check (cardinality(preferred_specialties) <= 5),
    -- ERAS lets an applicant name at most three census divisions
    preferred_regions     text[]      not null default '{}' check (cardinality(preferred_regions) <= 3),
    setting_preference    text        not null default 'ANY' check (setting_preference in ('ANY', 'URBAN', 'SUBURBAN', 'RURAL')),
    research_items        integer     not null default 0 check (research_items between 0 and 500),
    updated_at            timestamptz not null default now(),
    version               integer     not null default 0,
    check (step1_result = 'NOT_TAKEN' or step1_attempts >= 1),
    check (step2ck_score is null or step2ck_attempts >= 1)
);
