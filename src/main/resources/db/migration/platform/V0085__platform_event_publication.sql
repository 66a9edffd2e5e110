-- Spring Modulith's event publication registry (spring-modulith-events-jdbc, PostgreSQL schema v2):
-- an event for an asynchronous module listener is stored in the same transaction as the change that
-- published it and marked complete when the listener has handled it; an incomplete one is handed
-- over again on restart. So a crash between an operational commit and a read model's update (the
-- demand projections) loses nothing. Flyway owns the table (schema initialisation is off).
create table if not exists public.event_publication (
    id                     uuid primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index if not exists event_publication_serialized_event_hash_idx on public.event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on public.event_publication (completion_date);
comment on table public.event_publication is 'Events handed to asynchronous module listeners, until each listener has handled them (Spring Modulith). Completed rows are deleted.';
