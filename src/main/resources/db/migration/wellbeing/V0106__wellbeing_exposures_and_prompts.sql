-- Staff wellbeing (#18): exposure to potentially traumatic incidents, one row for each member of staff and
-- encounter, with the prompt to offer a supporting conversation that it raises. Health-related special-category
-- data about staff. Usernames are identity.account's and encounter ids encounter.encounter's (other modules'
-- schemas, so no foreign keys): an encounter disposed of after a records review leaves the exposure, which
-- says nothing about the people in it.
create schema if not exists wellbeing;

create table wellbeing.exposure (
    id                   uuid primary key,
    username             text        not null,
    team                 text,
    encounter_id         uuid        not null,
    categories           text[]      not null check (cardinality(categories) > 0),
    occurred_at          timestamptz not null,
    recorded_at          timestamptz not null,
    answer               text check (answer in ('WANTS_CONVERSATION', 'NOT_NOW')),
    answered_at          timestamptz,
    conversation_kind    text,
    conversation_outcome text check (conversation_outcome in ('OFFERED', 'HELD')),
    conversation_by      text,
    conversation_at      timestamptz,
    -- a redelivered EncounterRecorded records nothing twice
    unique (username, encounter_id),
    check ((answer is null) = (answered_at is null)),
    check ((conversation_outcome is null) = (conversation_at is null))
);

create index exposure_by_team on wellbeing.exposure (team, occurred_at);
create index exposure_by_person on wellbeing.exposure (username, occurred_at desc);

comment on table wellbeing.exposure is 'A member of staff''s exposure to a potentially traumatic incident (the encounter they recorded matched an exposure category) and the prompt to offer them a defusing or TRiM conversation. Special category (health) data about staff: read only by the person and their team''s wellbeing lead; never ranked, never in the demand figures; deleted after sightline.wellbeing.keep-months.';
comment on column wellbeing.exposure.team is 'The person''s team when the encounter was recorded (identity.account.team), for the team''s counts; null when they were in none.';
comment on column wellbeing.exposure.categories is 'Codes of sightline.wellbeing.categories that the encounter matched (e.g. CHILD_DEATH).';
comment on column wellbeing.exposure.answer is 'The person''s answer to the prompt (opt-in): WANTS_CONVERSATION or NOT_NOW; null until they answer.';
comment on column wellbeing.exposure.conversation_kind is 'The supporting conversation the wellbeing lead recorded: a code of sightline.wellbeing.conversation-kinds (DEFUSING, TRIM).';
