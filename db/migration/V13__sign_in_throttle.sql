-- Failed sign-ins of the demo form, counted per account and per client address, so that guessing passwords is paused
-- (security/SignInThrottle). In the database rather than in one JVM's memory: every instance of the portal sees the
-- same counts, and an attempt is counted under a row lock, so parallel guesses cannot slip past the limit together.
-- A row is forgotten an hour after its last failure (purged as attempts come in), which bounds the table by the rate
-- the pauses allow.
create table sign_in_throttle (
    -- 'account': the SHA-256 of the typed username (a password typed into that field is never stored);
    -- 'client': the address, or an IPv6 address's /64 network
    kind          text        not null check (kind in ('account', 'client')),
    key           text        not null check (length(key) between 1 and 64),
    failures      integer     not null check (failures >= 0),
    last_failure  timestamptz not null,
    paused_until  timestamptz,
    primary key (kind, key)
);
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure);
