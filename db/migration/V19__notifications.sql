-- Notifications by e-mail: each person's choice per kind of notification, a transactional outbox of e-mails, and the
-- notifications waiting for the next daily digest. The outbox row is written in the transaction of the notification
-- it announces (which is the transaction of the change itself), so a change rolled back sends nothing and a change
-- committed is sure to be sent; senders on any number of app instances claim rows with FOR UPDATE SKIP LOCKED.

-- How a person wants each kind: at once by e-mail, in a daily digest, or in the app only. No row: the kind's default.
-- Only its person (signed in, or through an unsubscribe link of their own) writes a row, so the last choice wins and
-- needs no version.
create table notification_preference (
    person_id  bigint      not null references person (id),
    kind       text        not null check (length(kind) between 1 and 60),
    delivery   text        not null check (delivery in ('IMMEDIATE', 'DIGEST', 'IN_APP')),
    updated_at timestamptz not null default now(),
    primary key (person_id, kind)
);

-- A notification whose kind its recipient takes as a digest waits here until the digest that carries it.
alter table notification add column digest_pending boolean not null default false;
create index notification_digest_idx on notification (recipient_id) where digest_pending;

create table mail_outbox (
    id              bigint generated always as identity primary key,
    recipient_id    bigint      not null references person (id),
    to_address      text        not null check (length(to_address) between 3 and 320),
    -- a notification kind, or 'digest'
    kind            text        not null check (length(kind) between 1 and 60),
    subject         text        not null check (length(subject) between 1 and 300),
    body            text        not null check (length(body) between 1 and 100000),
    -- the one-click unsubscribe link of the List-Unsubscribe header (RFC 2369, RFC 8058)
    unsubscribe_url text        not null check (length(unsubscribe_url) <= 2000),
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    last_error      text        check (length(last_error) <= 1000),
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    -- which sender (instance and thread) sent it: the proof of "once" when several run
    sent_by         text        check (length(sent_by) <= 200)
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_recent_idx on mail_outbox (created_at desc);
