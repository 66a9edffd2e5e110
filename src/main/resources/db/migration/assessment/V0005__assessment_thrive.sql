create schema if not exists assessment;

create table assessment.thrive_assessment (
    id           uuid primary key,
    encounter_id uuid        not null,
    version      integer     not null check (version >= 1),
    trigger      text        not null check (trigger in ('INITIAL','RECONTACT','ON_SCENE','NEW_INFORMATION','SUPERVISOR')),
    assessed_by  text        not null,
    assessed_at  timestamptz not null,
    grade        text        not null check (grade in ('EMERGENCY','PRIORITY','SCHEDULED','RESOLUTION_WITHOUT_DEPLOYMENT')),
    highest_risk text        not null check (highest_risk in ('NO_APPARENT_RISK','LOW','MEDIUM','HIGH')),
    document     jsonb       not null,
    unique (encounter_id, version),
    constraint first_is_initial check ((version = 1) = (trigger = 'INITIAL'))
);
create index thrive_assessment_assessed_at on assessment.thrive_assessment (assessed_at);

comment on table assessment.thrive_assessment is 'Every version of the THRIVE assessment of an encounter (RE-THRIVE adds a version; none is ever changed). Personal data: retained with the encounter.';
comment on column assessment.thrive_assessment.encounter_id is 'The encounter assessed (encounter.encounter.id; another module''s schema, so no foreign key).';
comment on column assessment.thrive_assessment.version is '1 for the first assessment, then one more for each re-assessment.';
comment on column assessment.thrive_assessment.trigger is 'INITIAL, or the new fact that re-opened the assessment.';
comment on column assessment.thrive_assessment.assessed_by is 'Username of the assessor.';
comment on column assessment.thrive_assessment.grade is 'Response grade: EMERGENCY, PRIORITY, SCHEDULED, RESOLUTION_WITHOUT_DEPLOYMENT.';
comment on column assessment.thrive_assessment.highest_risk is 'Highest risk level given to any person in this version.';
comment on column assessment.thrive_assessment.document is 'The whole version: THRIVE findings, NDM rationale, per-person risk, tool results with tool versions, safeguarding outcomes, and a snapshot of what was known.';

create function assessment.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'THRIVE assessments are never changed: record a re-assessment instead';
end $$;
create trigger thrive_assessment_append_only before update or delete on assessment.thrive_assessment
    for each row execute function assessment.refuse_change();
