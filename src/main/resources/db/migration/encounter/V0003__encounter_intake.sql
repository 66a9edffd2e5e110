create schema if not exists encounter;

create sequence encounter.encounter_reference_seq;

create table encounter.encounter (
    id                   uuid primary key,
    reference            text        not null unique,
    source               text        not null check (source in ('EMERGENCY_CALL','NON_EMERGENCY_CALL','ONLINE','PARTNER_AGENCY','ON_SCENE')),
    occurred_at          timestamptz not null,
    location_description text        not null,
    latitude             double precision check (latitude between -90 and 90),
    longitude            double precision check (longitude between -180 and 180),
    situation            text        not null,
    narrative            text        not null check (length(narrative) <= 20000),
    recorded_by          text        not null,
    recorded_at          timestamptz not null,
    review_date          date        not null
);
create index encounter_recorded_by on encounter.encounter (recorded_by, recorded_at desc);
create index encounter_occurred_at on encounter.encounter (occurred_at);

comment on table encounter.encounter is 'A call or on-scene contact about one or more people (intake). Personal data: review for retention on review_date (MoPI).';
comment on column encounter.encounter.id is 'Identifier used by the API.';
comment on column encounter.encounter.reference is 'Human-readable reference, ENC-<year>-<number>.';
comment on column encounter.encounter.source is 'How it reached the force: EMERGENCY_CALL, NON_EMERGENCY_CALL, ONLINE, PARTNER_AGENCY, ON_SCENE.';
comment on column encounter.encounter.occurred_at is 'When it happened (UTC).';
comment on column encounter.encounter.location_description is 'Where it happened, as described.';
comment on column encounter.encounter.latitude is 'WGS84 latitude, when known.';
comment on column encounter.encounter.longitude is 'WGS84 longitude, when known.';
comment on column encounter.encounter.situation is 'What it is about: a situation code of the routing-preview contract.';
comment on column encounter.encounter.narrative is 'What happened, in the recorder''s words (up to 20,000 characters).';
comment on column encounter.encounter.recorded_by is 'Username of the call handler or responder who recorded it.';
comment on column encounter.encounter.recorded_at is 'When it was recorded (UTC).';
comment on column encounter.encounter.review_date is 'When the record must be reviewed for continued retention (MoPI).';

create table encounter.encounter_person (
    id                   uuid primary key,
    encounter_id         uuid    not null references encounter.encounter (id),
    position             integer not null,
    role                 text    not null check (role in ('SUBJECT','VICTIM','SUSPECT','CALLER','WITNESS','CHILD_PRESENT','OTHER')),
    given_name           text,
    family_name          text,
    description          text,
    date_of_birth        date,
    estimated_age_years  integer check (estimated_age_years between 0 and 120),
    vulnerabilities      text[]  not null default '{}',
    barriers             text[]  not null default '{}',
    communication_needs  text[]  not null default '{}',
    adjustments          text[]  not null default '{}',
    spoken_to_alone      boolean,
    voice                text,
    checks               text[]  not null default '{}',
    next_steps_explained boolean,
    unique (encounter_id, position),
    constraint dob_or_estimated_age check (date_of_birth is null or estimated_age_years is null),
    constraint named_or_described check (coalesce(given_name, family_name, description) is not null)
);

comment on table encounter.encounter_person is 'A person in an encounter and what was learned about them. Vulnerabilities are facts, never risk levels. Personal data: retained with the encounter.';
comment on column encounter.encounter_person.position is 'Order in which the person was entered.';
comment on column encounter.encounter_person.role is 'SUBJECT, VICTIM, SUSPECT, CALLER, WITNESS, CHILD_PRESENT or OTHER.';
comment on column encounter.encounter_person.description is 'How to recognise the person when the name is not known.';
comment on column encounter.encounter_person.date_of_birth is 'Date of birth, when known (never together with an estimated age).';
comment on column encounter.encounter_person.estimated_age_years is 'Estimated age, when the date of birth is not known.';
comment on column encounter.encounter_person.vulnerabilities is 'Codes from the vulnerability catalogue (personal and situational).';
comment on column encounter.encounter_person.barriers is 'Disclosure barriers observed (the nine of guideline 2, Clues).';
comment on column encounter.encounter_person.communication_needs is 'Communication needs (guideline 3).';
comment on column encounter.encounter_person.adjustments is 'Reasonable adjustments made (interpreter, intermediary, ...).';
comment on column encounter.encounter_person.spoken_to_alone is 'Whether the person was spoken to alone; null when not recorded.';
comment on column encounter.encounter_person.voice is 'The person''s own words and wishes.';
comment on column encounter.encounter_person.checks is 'What the responder checked (guideline 4, Curiosity).';
comment on column encounter.encounter_person.next_steps_explained is 'Whether next steps were explained in plain language (Appendix 1).';

create table encounter.idempotency_key (
    actor        text        not null,
    key          text        not null check (length(key) between 1 and 100),
    request_hash text        not null,
    encounter_id uuid        not null references encounter.encounter (id) deferrable initially deferred,
    created_at   timestamptz not null,
    primary key (actor, key)
);
comment on table encounter.idempotency_key is 'Idempotency keys of encounter requests, per user: a retried request returns the first encounter. Holds no personal data; may be purged after 30 days.';
comment on column encounter.idempotency_key.request_hash is 'SHA-256 of the request, to tell a retry from a different request reusing the key.';
