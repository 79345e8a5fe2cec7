-- A personal-statement draft is the student's own until they share it: from shared_at on, the staff who may see the
-- student (their mentors, their cohort's advisors) read it and comment on it; un-sharing sets it back to null.
alter table personal_statement add column shared_at timestamptz;
