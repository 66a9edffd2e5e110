-- Demand insight (#12): where the encounter happened, by the force's own areas, and the optional
-- equality fields (Public Sector Equality Duty) for each person, as the person describes themselves.
alter table encounter.encounter add column area text;
comment on column encounter.encounter.area is 'The force area (a code of the areas catalogue), or null when not recorded.';

alter table encounter.encounter_person add column sex text
    check (sex is null or sex in ('FEMALE', 'MALE', 'OTHER', 'NOT_STATED'));
alter table encounter.encounter_person add column ethnicity text;
comment on column encounter.encounter_person.sex is 'FEMALE, MALE, OTHER (described another way) or NOT_STATED; null when not asked.';
comment on column encounter.encounter_person.ethnicity is 'Self-defined ethnicity (a code of the ethnicities catalogue, e.g. the 18+1 census codes), NS when not stated, null when not asked.';
