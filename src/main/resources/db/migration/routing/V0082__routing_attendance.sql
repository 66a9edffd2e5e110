-- Demand insight (#12): officer time measured, not assumed. When police attend, the responder (or
-- the control room) records when officers were deployed and when they cleared; the dashboard counts
-- officer hours from these timestamps and falls back to configured per-situation estimates only
-- where none were recorded.
create table routing.attendance (
    id           uuid primary key,
    encounter_id uuid        not null,
    deployed_at  timestamptz not null,
    cleared_at   timestamptz,
    officers     integer     not null default 1 check (officers between 1 and 50),
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    constraint cleared_after_deployed check (cleared_at is null or cleared_at >= deployed_at)
);
create index attendance_encounter on routing.attendance (encounter_id);
comment on table routing.attendance is 'A police deployment to an encounter: from deployment to clearing, with the number of officers. Officer hours = (cleared_at - deployed_at) x officers.';
comment on column routing.attendance.cleared_at is 'When the officers cleared; null while they are still there.';
comment on column routing.attendance.officers is 'How many officers attended (each one''s time counts).';
