-- The safeguarding hub's triage decisions (#13): one per triaged version of an encounter's assessment.
create schema if not exists hub;

create table hub.triage_decision (
    id                 uuid primary key,
    encounter_id       uuid        not null,
    assessment_version integer     not null check (assessment_version >= 1),
    outcome            text        not null check (outcome in ('NO_FURTHER_HUB_ACTION', 'INFORMATION_SHARED',
                                       'STRATEGY_DISCUSSION', 'REFERRAL_MADE', 'REFERRED_TO_MARAC', 'HUB_ASSESSMENT')),
    note               text        not null,
    triaged_by         text        not null,
    triaged_at         timestamptz not null,
    unique (encounter_id, assessment_version)
);

comment on table hub.triage_decision is 'The hub''s triage of an encounter at one version of its THRIVE assessment. Personal data (the note): retained with the encounter.';
comment on column hub.triage_decision.encounter_id is 'The encounter (encounter.encounter.id; another module''s schema, so no foreign key).';
comment on column hub.triage_decision.assessment_version is 'The assessment version triaged; a later version puts the encounter back in the queue.';
comment on column hub.triage_decision.outcome is 'What the hub decided: NO_FURTHER_HUB_ACTION, INFORMATION_SHARED, STRATEGY_DISCUSSION, REFERRAL_MADE, REFERRED_TO_MARAC, HUB_ASSESSMENT.';
comment on column hub.triage_decision.note is 'Why, in the hub''s words.';
