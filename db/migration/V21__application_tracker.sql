-- The application tracker: per program of a student's published SmartPick list, what happened in the season
-- (applied, interview invited / declined / attended, the place on the rank order list, the outcome), recorded by the
-- student or by staff who see her. SmartPick's figures are copied from the published list when a program is first
-- tracked, so the outcomes can be set against the prediction made at the time, whatever lists come later.
create table tracked_program (
    id                       bigint generated always as identity primary key,
    student_id               bigint           not null references person (id),
    match_year               integer          not null check (match_year between 2000 and 2100),
    list_id                  bigint           not null,
    program_id               text             not null check (length(program_id) between 1 and 60),
    program_name             text             not null check (length(program_name) between 1 and 300),
    list_position            integer          not null check (list_position >= 1),
    predicted_interview      double precision not null check (predicted_interview between 0 and 1),
    list_match_chance        double precision not null check (list_match_chance between 0 and 1),
    list_expected_interviews double precision not null check (list_expected_interviews >= 0),
    applied_on               date,
    invited_on               date,
    declined_on              date,
    attended_on              date,
    rank_position            integer          check (rank_position between 1 and 500),
    outcome                  text             check (outcome in ('MATCHED', 'NOT_MATCHED', 'SOAP_OFFER')),
    version                  integer          not null default 1,
    updated_by               bigint           not null references person (id),
    updated_at               timestamptz      not null,
    unique (student_id, match_year, program_id),
    -- deferred, so one save may swap two places on the rank order list
    constraint tracked_program_rank_uq unique (student_id, match_year, rank_position) deferrable initially deferred,
    -- the service says these in words; the table holds them for every writer
    check (invited_on is null or (applied_on is not null and invited_on >= applied_on)),
    check (declined_on is null or (invited_on is not null and declined_on >= invited_on)),
    check (attended_on is null or (invited_on is not null and attended_on >= invited_on)),
    check (declined_on is null or attended_on is null),
    check (rank_position is null or attended_on is not null),
    check (outcome is distinct from 'MATCHED' or rank_position is not null),
    check (outcome is distinct from 'NOT_MATCHED' or applied_on is not null)
);
-- a student matches at one program a season
create unique index tracked_program_one_match_uq on tracked_program (student_id, match_year) where outcome = 'MATCHED';
create index tracked_program_season_idx on tracked_program (match_year, student_id);
