-- The program catalog SmartPick ranks (DESIGN.md, "Program"). Programs are public facts about residency programs,
-- not student records: no visibility condition applies; only admins change them.
create table program (
    id               bigint      generated always as identity primary key,
    -- the public program id of the CSV and of ranked lists, e.g. IM-0042
    code             text        not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    name             text        not null check (length(trim(name)) between 1 and 200),
    specialty        text        not null check (specialty ~ '^[A-Z][A-Z_]{1,59}$'),
    institution      text        not null check (length(trim(institution)) between 1 and 200),
    city             text        not null check (length(trim(city)) between 1 and 100),
    state            text        not null check (state ~ '^[A-Z]{2}$'),
    census_division  text        not null check (census_division in ('NEW_ENGLAND', 'MIDDLE_ATLANTIC',
                                     'EAST_NORTH_CENTRAL', 'WEST_NORTH_CENTRAL', 'SOUTH_ATLANTIC', 'EAST_SOUTH_CENTRAL',
                                     'WEST_SOUTH_CENTRAL', 'MOUNTAIN', 'PACIFIC')),
    type             text        not null check (type in ('UNIVERSITY', 'UNIVERSITY_AFFILIATED', 'COMMUNITY')),
    positions        integer     not null check (positions between 1 and 500),
    percent_img      integer     not null check (percent_img between 0 and 100),
    sponsors_j1      boolean     not null,
    sponsors_h1b     boolean     not null,
    min_step2_ck     integer     check (min_step2_ck between 1 and 300),
    yog_limit_years  integer     check (yog_limit_years between 0 and 60),
    usce_required    boolean     not null,
    max_attempts     integer     check (max_attempts between 1 and 10),
    median_step2_ck  integer     check (median_step2_ck between 1 and 300),
    -- an inactive program stays in the catalog (ranked lists may name it) but SmartPick no longer ranks it
    active           boolean     not null default true,
    updated_at       timestamptz not null default now(),
    version          integer     not null default 0
);
create index program_specialty_idx on program (specialty, code);
create index program_state_idx on program (state);
create index program_name_idx on program (lower(name));

-- The catalog's revision: every change to program moves it, in the changing transaction, so an instance that caches
-- the programs sees a change exactly when it is committed. Drawn from a sequence, so a rolled-back change never
-- hands its number to a later, different one.
create sequence program_catalog_revision_seq;
create table program_catalog_revision (
    singleton boolean primary key default true check (singleton),
    revision  bigint  not null
);
insert into program_catalog_revision (revision) values (nextval('program_catalog_revision_seq'));

-- search_path from the migration's own, so the trigger finds the catalog's tables whatever the writer's path is
create function program_catalog_bump_revision() returns trigger
    language plpgsql
    set search_path from current as
$$
begin
    update program_catalog_revision set revision = nextval('program_catalog_revision_seq');
    return null;
end;
$$;

create trigger program_catalog_changed
    after insert or update or delete or truncate on program
    for each statement execute function program_catalog_bump_revision();
