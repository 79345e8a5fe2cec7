-- SmartPick's headline becomes the chance of matching, calibrated on NRMP's outcomes, shown with a range; the list
-- stops where one more application adds too little and says why; warnings and the season's service, fees and signals
-- are kept with the version. Each entry keeps its log-odds of an interview, from which the list's figures are
-- computed again after an advisor excludes or includes an entry.
--
-- Versions made before this one keep their figures as they were: their headline was the chance of at least
-- interviews_needed interviews, which stays set for them only (null from now on), so they can be labelled for what
-- they are. Their entries' log-odds are taken from their chances of an interview.
alter table ranked_list rename column overall_chance to match_chance;
alter table ranked_list
    add column match_chance_low  double precision,
    add column match_chance_high double precision,
    add column list_end          text   not null default '',
    add column warnings          text[] not null default '{}',
    add column season_note       text   not null default '';
update ranked_list set match_chance_low = match_chance, match_chance_high = match_chance;
alter table ranked_list
    alter column match_chance_low set not null,
    alter column match_chance_high set not null,
    add check (match_chance_low between 0 and 1),
    add check (match_chance_high between 0 and 1),
    alter column interviews_needed drop not null,
    -- the chance of exactly 0, 1, ... 5 interviews and of 6 or more (null on versions made before)
    add column interview_counts double precision[] check (cardinality(interview_counts) = 7);

alter table ranked_entry add column logit double precision;
update ranked_entry set logit = ln(least(greatest(probability, 1e-9), 1 - 1e-9) / (1 - least(greatest(probability, 1e-9), 1 - 1e-9)));
alter table ranked_entry alter column logit set not null;
