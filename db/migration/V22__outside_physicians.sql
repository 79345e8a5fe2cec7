-- Physicians outside the portal: a student asks any physician by e-mail for a letter, and the supervisor of a US
-- rotation confirms its record, each through a single-use link that expires. No account is made for them: a
-- physician is a person row without roles (subject 'outside:<e-mail>'), so a letter keeps its writer like any other
-- and nobody can sign in as them.

-- Only the token's SHA-256 is kept: the token itself is in the e-mail alone, so a copy of this table opens nothing.
create table single_use_link (
    id          bigint generated always as identity primary key,
    token_hash  text        not null unique check (length(token_hash) = 64),
    purpose     text        not null check (purpose in ('LETTER_UPLOAD', 'EXPERIENCE_CONFIRMATION')),
    -- the letter or the experience record the link acts on
    subject_id  bigint      not null,
    email       text        not null check (length(email) between 3 and 320),
    created_by  bigint      not null references person (id),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    check (expires_at > created_at)
);
create index single_use_link_subject_idx on single_use_link (purpose, subject_id);

-- Who confirmed a record from outside, and when: the evidence programs look for, which no self-report carries.
alter table experience_record
    add column confirmed_by_name  text        check (length(confirmed_by_name) between 1 and 200),
    add column confirmed_by_email text        check (length(confirmed_by_email) <= 320),
    add column confirmed_at       timestamptz,
    add check ((confirmed_at is null) = (confirmed_by_name is null));

-- An e-mail to a physician outside the portal goes to an address, not to a person with an inbox and preferences; it
-- is one they asked for by answering a student, so it carries no unsubscribe link.
alter table mail_outbox
    alter column recipient_id drop not null,
    alter column unsubscribe_url drop not null,
    add check ((recipient_id is null) = (kind = 'outside'));
