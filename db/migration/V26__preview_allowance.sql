-- The Try page's rate limit (smartpick/preview/PreviewRateLimiter): a token bucket per client address, in the database
-- rather than in one JVM's memory, so that every instance behind a load balancer draws on the same budget. A preview
-- takes a token in one INSERT … ON CONFLICT DO UPDATE, under the row's lock, so parallel previews on several
-- instances cannot take the same token. A bucket left alone for a minute is full again, the same as no row: such rows
-- are purged as previews come in, which bounds the table by the addresses of the last minute or so.
create table preview_allowance (
    client       text             not null primary key check (length(client) between 1 and 100),
    tokens       double precision not null check (tokens >= 0),
    refreshed_at timestamptz      not null
);
create index preview_allowance_refreshed_at_idx on preview_allowance (refreshed_at);
