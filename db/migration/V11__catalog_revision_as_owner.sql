-- The app signs in with a role of its own that may only read the catalog's revision (see
-- src/main/resources/advising/db/app-role-grants.sql); the trigger moving it therefore runs with the rights of the
-- function's owner. search_path pinned with pg_temp last, so no temporary table of the caller can stand in for the
-- revision.
alter function program_catalog_bump_revision() security definer set search_path = advising, pg_temp;
