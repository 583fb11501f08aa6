-- Issue 13: background jobs that any instance may run, and imports as jobs.
--
-- scheduled_tasks is db-scheduler's table (com.github.kagkarlsson:db-scheduler 16.x, its postgresql_tables.sql):
-- one row per scheduled execution. An instance picks a due row by updating it (picked, picked_by, version), so one
-- execution runs on one instance only, and a recurring task's next execution is written when the run completes.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- A task table import (campaigns.ImportJobs): the uploaded file, who started it, and where it stands. Whichever
-- instance runs it writes its progress and outcome here, and whichever instance a poll lands on reads them.
create table import_job (
    id             uuid primary key,
    campaign_code  text        not null,
    started_by     bigint      not null references app_user (id) on delete cascade,
    applies_from   date,
    file_content   bytea,
    status         text        not null default 'WAITING'
        check (status in ('WAITING', 'RUNNING', 'DONE', 'FAILED')),
    lines_done     int         not null default 0,
    lines_total    int         not null default 0,
    -- the counts of what changed (ImportedObligation.Result) once DONE
    result         jsonb,
    -- the file's problems ([{field, code, args}]) once FAILED: the user reads them in their language
    problems       jsonb,
    -- an unexpected failure, for the operator (the user sees a friendly message)
    error          text,
    created_at     timestamptz not null,
    started_at     timestamptz,
    finished_at    timestamptz,
    check ((status in ('DONE', 'FAILED')) = (finished_at is not null))
);

create index import_job_created_at_idx on import_job (created_at);
