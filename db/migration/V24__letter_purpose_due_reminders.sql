-- What a student calls a letter when she asks for it (two letters of one writer and specialty are otherwise told
-- apart by nothing) and the day she needs it by; letters asked for before this have neither.
alter table letter add column purpose text check (purpose is null or length(purpose) between 1 and 120);
alter table letter add column due_on date;

-- The reminders a letter's writer got, one row per letter and kind: the daily job inserts before it notifies, so a
-- second instance running the job at the same time finds the row and reminds nobody twice.
create table letter_reminder (
    letter_id   bigint      not null references letter (id) on delete cascade,
    kind        text        not null check (kind in ('letter.due_soon', 'letter.overdue')),
    reminded_at timestamptz not null default now(),
    primary key (letter_id, kind)
);
