-- Ranked lists: one SmartPick run for a student, kept as a snapshot so a list never changes when the catalog does.
-- Each run is a new numbered version of the student's list (draft -> in review -> approved -> published); a list
-- that was published before is superseded when a newer one is published, so a student has at most one.

create table ranked_list (
    id                    bigint generated always as identity primary key,
    student_id            bigint           not null references person (id),
    list_no               integer          not null check (list_no >= 1),
    status                text             not null default 'DRAFT'
                          check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'SUPERSEDED')),
    specialty             text             not null check (length(specialty) between 1 and 60),
    budget_applications   integer          not null check (budget_applications between 1 and 500),
    interviews_needed     integer          not null check (interviews_needed >= 1),
    -- what the run took from records other features keep (verified experience, approved letters)
    hands_on_usce_months  integer          not null default 0 check (hands_on_usce_months >= 0),
    observership_months   integer          not null default 0 check (observership_months >= 0),
    us_letters            integer          not null default 0 check (us_letters >= 0),
    catalog_revision      bigint           not null,
    considered            integer          not null,
    eligible              integer          not null,
    overall_chance        double precision not null check (overall_chance between 0 and 1),
    expected_interviews   double precision not null,
    total_cost            integer          not null,
    plus_one_applications integer          not null,
    plus_one_cost         integer          not null,
    plus_one_gain         double precision not null,
    plus_ten_applications integer          not null,
    plus_ten_cost         integer          not null,
    plus_ten_gain         double precision not null,
    -- the chance of enough interviews with the n likeliest programs, n = 1, 2, ... (index n - 1), and its cost
    curve_chance          double precision[] not null,
    curve_cost            integer[]        not null,
    signal_advice         text[]           not null default '{}',
    created_by            bigint           references person (id),
    created_at            timestamptz      not null default now(),
    status_changed_by     bigint           references person (id),
    status_changed_at     timestamptz,
    version               integer          not null default 0,
    unique (student_id, list_no)
);
create unique index ranked_list_one_published_uq on ranked_list (student_id) where status = 'PUBLISHED';

create table ranked_entry (
    id             bigint generated always as identity primary key,
    list_id        bigint           not null references ranked_list (id) on delete cascade,
    -- rank is the engine's; position is where the entry stands after advisors moved entries
    rank           integer          not null check (rank >= 1),
    position       integer          not null check (position >= 1),
    program_id     text             not null check (length(program_id) between 1 and 60),
    program_name   text             not null check (length(program_name) between 1 and 300),
    institution    text             not null,
    city           text             not null,
    state          text             not null,
    sponsors_j1    boolean          not null,
    sponsors_h1b   boolean          not null,
    tier           text             not null check (tier in ('REACH', 'TARGET', 'LIKELY')),
    probability    double precision not null check (probability between 0 and 1),
    cost           integer          not null,
    signal         text             check (signal in ('PRIMARY', 'SECONDARY')),
    summary        text             not null,
    explanation    text[]           not null,
    pinned         boolean          not null default false,
    excluded       boolean          not null default false,
    exclude_reason text             check (length(exclude_reason) <= 500),
    unique (list_id, program_id),
    check (excluded = (exclude_reason is not null))
);
create index ranked_entry_list_idx on ranked_entry (list_id, position);

create table ranked_annotation (
    id         bigint generated always as identity primary key,
    entry_id   bigint      not null references ranked_entry (id) on delete cascade,
    author_id  bigint      not null references person (id),
    kind       text        not null check (kind in ('NOTE', 'CONCERN', 'STRONG_FIT')),
    text       text        not null check (length(trim(text)) between 1 and 1000),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    integer     not null default 0
);
create index ranked_annotation_entry_idx on ranked_annotation (entry_id);
