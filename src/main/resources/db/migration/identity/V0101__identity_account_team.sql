-- Teams (#18): the team a member of staff works in, one each, set by an administrator or a trainer.
-- Learning's team view reads it, and later a team's debriefs and wellbeing figures.
alter table identity.account add column team text check (team ~ '^[a-z0-9][a-z0-9-]{0,62}$');

create index account_by_team on identity.account (team, username) where team is not null;

comment on column identity.account.team is 'The team the member of staff works in, lower case with hyphens (e.g. response-north); null when not in a team. Never a partner practitioner.';
comment on column identity.account.roles is 'CALL_HANDLER, RESPONDER, SUPERVISOR, SAFEGUARDING_HUB, PARTNER_PRACTITIONER, ANALYST, CHIEF_OFFICER, ADMIN, TRAINER, WELLBEING_LEAD.';
