create schema if not exists routing;

create table routing.routing_decision (
    id                  uuid primary key,
    encounter_id        uuid        not null,
    assessment_id       uuid        not null,
    assessment_version  integer     not null,
    decided_by          text        not null,
    decided_at          timestamptz not null,
    agreement_id        text        not null,
    agreement_version   text        not null,
    clause_id           text        not null,
    recommended_outcome text        not null,
    outcome             text        not null check (outcome in ('POLICE_PRIMARY','PARTNER_PRIMARY_POLICE_SUPPORTING','PARTNER_ONLY','NO_AGENCY_ACTION')),
    override_rationale  text,
    recommendation      jsonb       not null,
    constraint override_has_rationale check (outcome = recommended_outcome or override_rationale is not null)
);
create index routing_decision_encounter on routing.routing_decision (encounter_id, decided_at);
create index routing_decision_decided_at on routing.routing_decision (decided_at);

comment on table routing.routing_decision is 'Who responds to an assessed encounter and why, under the agreement version in force then. Never changed: a new decision is a new row. Retained with the encounter.';
comment on column routing.routing_decision.assessment_id is 'The THRIVE assessment version the decision was based on.';
comment on column routing.routing_decision.agreement_id is 'Partnership agreement that decided the route.';
comment on column routing.routing_decision.agreement_version is 'Its version: publishing a new one never changes this decision.';
comment on column routing.routing_decision.clause_id is 'The agreement clause that applied.';
comment on column routing.routing_decision.recommended_outcome is 'What the rules recommended.';
comment on column routing.routing_decision.outcome is 'What was decided; differs from the recommendation only with an override rationale, which a supervisor ratifies or overturns.';
comment on column routing.routing_decision.override_rationale is 'Why the decider departed from the recommendation.';
comment on column routing.routing_decision.recommendation is 'The full recommendation: agencies, risk, grade, referrals, actions, reasons, timers.';

create function routing.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'routing decisions are never changed: record a new decision';
end $$;
create trigger routing_decision_append_only before update or delete on routing.routing_decision
    for each row execute function routing.refuse_change();

create table routing.caller_notice (
    id          bigint generated always as identity primary key,
    decision_id uuid        not null references routing.routing_decision (id),
    told_at     timestamptz not null,
    recorded_by text        not null,
    recorded_at timestamptz not null,
    what_told   text        not null
);
comment on table routing.caller_notice is 'What the caller was told when police would not attend, and when (IOPC recommendation).';
comment on column routing.caller_notice.what_told is 'What the caller was told, in the call handler''s words.';

create table routing.override_review (
    decision_id uuid primary key references routing.routing_decision (id),
    outcome     text        not null check (outcome in ('RATIFIED','OVERTURNED','NOTED')),
    reviewed_by text        not null,
    reviewed_at timestamptz not null
);
comment on table routing.override_review is 'A supervisor''s ratification or overturning of an override.';

create table routing.timer (
    id           uuid primary key,
    decision_id  uuid        not null references routing.routing_decision (id),
    encounter_id uuid        not null,
    code         text        not null,
    label        text        not null,
    started_at   timestamptz not null,
    due_at       timestamptz not null,
    status       text        not null check (status in ('RUNNING','COMPLETED','BREACHED')),
    completed_at timestamptz,
    completed_by text,
    breached_at  timestamptz,
    unique (decision_id, code)
);
create index timer_running on routing.timer (due_at) where status = 'RUNNING';
comment on table routing.timer is 'Clocks an agreement clause starts (e.g. the 60-minute handover, the 24-hour s136 limit). A persistent scheduler marks a breach when one runs out; a breach goes to the supervisor queue.';
comment on column routing.timer.code is 'Timer code from the agreement clause, e.g. HANDOVER.';
comment on column routing.timer.due_at is 'When it is breached if still running.';
comment on column routing.timer.status is 'RUNNING, COMPLETED (done in time) or BREACHED.';
