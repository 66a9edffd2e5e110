-- Demand insight (#12): read models the demand dashboard counts from, kept up to date from the
-- modules' events (through the event publication registry) and rebuilt from the operational
-- records by `demand-rebuild`. No names, no narrative, no free text: codes, times and ids only.
create schema if not exists demand;

create sequence demand.change_seq;

create table demand.encounter_demand (
    encounter_id      uuid primary key,
    occurred_at       timestamptz not null,
    area              text,
    situation         text        not null,
    source            text        not null,
    location_key      text,
    subject_person_id uuid,
    age_band          text        not null,
    sex               text,
    ethnicity         text,
    strands           text[]      not null default '{}',
    grade             text,
    risk              text,
    outcome           text,
    lead_agency       text,
    agreement         text,
    overridden        boolean     not null default false,
    override_review   text,
    caller_informed   boolean     not null default false,
    officer_minutes   bigint,
    handover_minutes  bigint,
    triggers          text[]      not null default '{}',
    repeat_person     boolean     not null default false,
    repeat_location   boolean     not null default false,
    repeat_missing    boolean     not null default false,
    change_seq        bigint      not null
);
create index encounter_demand_change on demand.encounter_demand (change_seq);
create index encounter_demand_person on demand.encounter_demand (subject_person_id, occurred_at) where subject_person_id is not null;
create index encounter_demand_location on demand.encounter_demand (location_key, occurred_at) where location_key is not null;

comment on table demand.encounter_demand is 'One row per encounter, for demand figures: codes, times and ids only. A read model: rebuilt from the operational records by demand-rebuild.';
comment on column demand.encounter_demand.location_key is 'One-way hash of the normalised location, for counting repeat locations.';
comment on column demand.encounter_demand.subject_person_id is 'The person in the index the subject is linked to, for counting repeat people.';
comment on column demand.encounter_demand.age_band is 'The subject''s age band on the day (UNDER_10, 10_17, 18_24 … 65_PLUS, UNKNOWN).';
comment on column demand.encounter_demand.strands is 'Vulnerability strands (configurable: demand/strands.yml) from the situation and the facts recorded.';
comment on column demand.encounter_demand.agreement is 'Agreement id and version of the latest routing decision (id@version).';
comment on column demand.encounter_demand.officer_minutes is 'Officer minutes recorded from deployment to clear (all officers); null when none was recorded.';
comment on column demand.encounter_demand.handover_minutes is 'Section 136: arrival at the health place of safety to handover, in minutes.';
comment on column demand.encounter_demand.repeat_person is 'The subject had another encounter in the 12 months before this one.';
comment on column demand.encounter_demand.repeat_location is 'Another encounter at the same location in the 12 months before this one.';
comment on column demand.encounter_demand.repeat_missing is 'A missing person report for someone reported missing in the 12 months before.';
comment on column demand.encounter_demand.change_seq is 'Increases on every change, so the dashboard''s in-memory figures pick up only what changed.';

create table demand.referral_demand (
    referral_id     uuid primary key,
    encounter_id    uuid        not null,
    agency          text        not null,
    status          text        not null,
    sent_at         timestamptz not null,
    acknowledged_at timestamptz,
    decided_at      timestamptz,
    ack_due_at      timestamptz,
    decision_due_at timestamptz,
    change_seq      bigint      not null
);
create index referral_demand_encounter on demand.referral_demand (encounter_id);
create index referral_demand_change on demand.referral_demand (change_seq);
comment on table demand.referral_demand is 'One row per sent referral, for partner performance figures. A read model.';

-- encounters whose rows were removed (disposal), so the in-memory figures drop them
create table demand.removed (
    encounter_id uuid   primary key,
    change_seq   bigint not null
);
create index removed_change on demand.removed (change_seq);
comment on table demand.removed is 'Encounters dropped from the read model (disposed of), with the change sequence of the removal.';

create table demand.generation (
    id          integer     primary key check (id = 1),
    generation  bigint      not null,
    rebuilt_at  timestamptz
);
insert into demand.generation (id, generation) values (1, 0);
comment on table demand.generation is 'Increases on every rebuild, so running applications reload their in-memory figures in full.';
