-- The sign-in throttle's counts (issue 13), shared by every instance: one row per account (kind 'U', the name in lower
-- case) and per address (kind 'A') that failed recently. security.LoginThrottle updates a row in one statement, so
-- two instances counting at once never lose a failure.
create table login_throttle (
    kind         char(1)      not null check (kind in ('U', 'A')),
    key          varchar(200) not null,
    -- failures since the last pause
    failures     integer      not null default 0 check (failures >= 0),
    -- pauses so far: each next one doubles
    pauses       integer      not null default 0 check (pauses >= 0),
    last_failure timestamptz  not null,
    paused_until timestamptz,
    primary key (kind, key)
);

-- forgetting stale rows
create index login_throttle_last_failure on login_throttle (last_failure);
