-- The readiness dashboard's first page: students in name order. With this index PostgreSQL walks people by name
-- and stops after one page (a nested-loop semi-join on the advisor's enrollments), instead of joining and sorting
-- all 10,000 visible students for every page. Measured with the readiness benchmark (README, Benchmarks).
create index person_display_name_idx on person (display_name, id);
