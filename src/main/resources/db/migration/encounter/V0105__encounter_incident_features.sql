-- #18 wellbeing: what the people who attended dealt with (someone had died, a child had died, ...), codes of the
-- incident features catalogue. About the incident, never a person; optional, so every earlier encounter has none.
alter table encounter.encounter add column incident_features text[] not null default '{}';

comment on column encounter.encounter.incident_features is 'Codes of the incident features catalogue (what the people who attended dealt with, e.g. DEATH_OF_A_CHILD): read by the wellbeing module to offer staff support; never a fact for the routing rules, never used to rank anyone.';
