-- Everything the app's own database role may do in schema advising, granted by the schema's owner after every
-- migration (plugin/AppRoleGrants), with {app_role} replaced by that role. All is revoked first, so this file is the
-- whole truth and a privilege taken out here is gone at the next start. A new table needs its line here: the tests
-- run as the app's role, so one missing fails every test that touches the table.
-- Nothing on the sequences: identity columns need no grant, and the catalog's revision is moved by a trigger running
-- as the owner (V11). Nothing on advising_schema_history: only the migrations read it.
revoke all on all tables in schema advising from {app_role};
revoke all on all sequences in schema advising from {app_role};
revoke all on schema advising from {app_role};
grant usage on schema advising to {app_role};

-- append-only: written and read, never changed, so no UPDATE, DELETE or TRUNCATE, and the app owns nothing, so it
-- cannot switch the table's triggers off either
grant select, insert on audit_event to {app_role};

grant select, insert, update on person to {app_role};
grant select, insert, update on single_use_link to {app_role};
grant select, insert, update on cohort to {app_role};
grant select, insert on cohort_advisor to {app_role};
grant select, insert, update on enrollment to {app_role};
grant select, insert, delete on mentor_assignment to {app_role};
grant select, insert, update on applicant_profile to {app_role};

-- DELETE: a student deletes a draft never submitted (its history, certificates and feedback go by the foreign keys'
-- cascade, which runs as the tables' owner); the service deletes only such a draft, one row, by id and version
grant select, insert, update, delete on experience_record to {app_role};
grant select, insert, update on experience_transition to {app_role};
-- written only by experience_record's trigger, as the owner (V27)
grant select on experience_totals to {app_role};
grant select, insert, delete on experience_attachment to {app_role};
grant select, insert, update on personal_statement to {app_role};
grant select, insert on feedback to {app_role};
grant select, insert, update on notification to {app_role};
-- a person's choice is written over (insert … on conflict do update); the outbox's rows change state, never go
grant select, insert, update on notification_preference to {app_role};
grant select, insert, update on mail_outbox to {app_role};

grant select, insert, update on eras_selection to {app_role};
grant select, insert, delete on eras_entry to {app_role};

-- UPDATE also lets the seeding of an empty catalog lock the table against a second instance seeding it at once
grant select, insert, update on program to {app_role};
grant select on program_catalog_revision to {app_role};
grant select, insert, update on ranked_list to {app_role};
grant select, insert, update on ranked_entry to {app_role};
grant select, insert, update on ranked_annotation to {app_role};
-- a signal is placed or taken back, never edited
grant select, insert, delete on placed_signal to {app_role};
-- a tracked program is recorded and corrected, never removed: its prediction is the record outcomes are set against
grant select, insert, update on tracked_program to {app_role};

grant select, insert, update on letter to {app_role};
grant select, insert on letter_revision to {app_role};
-- a new upload replaces the letter's old one (insert … on conflict do update)
grant select, insert, update on letter_upload to {app_role};
grant select, insert, delete on letter_program to {app_role};
-- a reminder is claimed once by inserting its row (insert … on conflict do nothing)
grant select, insert on letter_reminder to {app_role};

-- kept while typing (insert … on conflict do update), dropped at a save, a discard or after 30 days
grant select, insert, update, delete on unsaved_text to {app_role};

-- failed demo sign-ins: counted under row locks, reset by a right password, purged an hour after the last failure
grant select, insert, update, delete on sign_in_throttle to {app_role};

-- the Try page's rate limit: a token taken per preview (insert … on conflict do update), full buckets purged
grant select, insert, update, delete on preview_allowance to {app_role};

-- a cohort's adjusted dates (optimistic locking), the student's own confirmations (given and taken back), the job's
-- announcements (insert once), a calendar subscription (replaced or revoked)
grant select, insert, update on season_date to {app_role};
grant select, insert, delete on season_task_check to {app_role};
grant select, insert on season_announcement to {app_role};
grant select, insert, update, delete on calendar_feed to {app_role};
