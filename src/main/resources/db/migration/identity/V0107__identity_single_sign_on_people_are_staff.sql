-- Staff who sign in only through the force's identity provider are staff like any other (#18): they
-- can be put in a team, have their courses recorded and their team's wellbeing lead look out for
-- them. So the roles they had at their last sign-in are kept (sign-in still decides them again from
-- the provider's claims every time), and a team, set in Sightline as for a local account.
alter table identity.single_sign_on_person
    add column roles text[] not null default '{}',
    add column team text check (team ~ '^[a-z0-9][a-z0-9-]{0,62}$');

create index single_sign_on_person_by_team on identity.single_sign_on_person (team, username) where team is not null;

comment on column identity.single_sign_on_person.roles is 'The Sightline roles the force''s role mapping gave them at their last sign-in (decided again at every sign-in); what their required courses depend on.';
comment on column identity.single_sign_on_person.team is 'The team the member of staff works in, lower case with hyphens; null when not in a team. Set by an administrator or a trainer, as for a local account.';
