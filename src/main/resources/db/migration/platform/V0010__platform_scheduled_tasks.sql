-- db-scheduler's table (its postgresql_tables.sql): persistent timers and jobs that survive a restart.
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

comment on table scheduled_tasks is 'Persistent scheduler (db-scheduler): one row per pending timer or job; survives restarts. Holds identifiers only.';
comment on column scheduled_tasks.task_name is 'Which job, e.g. routing-timer.';
comment on column scheduled_tasks.task_instance is 'Which instance of it, e.g. a timer id.';
comment on column scheduled_tasks.task_data is 'Serialized job data (an identifier).';
comment on column scheduled_tasks.execution_time is 'When it is due.';
comment on column scheduled_tasks.picked is 'Whether a scheduler is running it now.';
comment on column scheduled_tasks.picked_by is 'Which scheduler instance picked it.';
comment on column scheduled_tasks.last_success is 'When it last succeeded.';
comment on column scheduled_tasks.last_failure is 'When it last failed.';
comment on column scheduled_tasks.consecutive_failures is 'Failures in a row.';
comment on column scheduled_tasks.last_heartbeat is 'Heartbeat of the scheduler running it.';
comment on column scheduled_tasks.version is 'Optimistic lock.';
comment on column scheduled_tasks.priority is 'Higher runs first.';
