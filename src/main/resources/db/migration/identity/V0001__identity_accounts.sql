create schema if not exists identity;

create table identity.account (
    username      text primary key check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name  text    not null,
    password_hash text    not null,
    roles         text[]  not null check (cardinality(roles) > 0),
    agency_code   text,
    demo          boolean not null default false,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    constraint partner_has_agency check (not ('PARTNER_PRACTITIONER' = any(roles)) or agency_code is not null)
);

comment on table identity.account is 'People who can sign in: police staff and partner practitioners. Review accounts when staff leave; remove within 30 days.';
comment on column identity.account.username is 'Sign-in name, lower case.';
comment on column identity.account.display_name is 'Name shown to other users, with rank or team.';
comment on column identity.account.password_hash is 'Password hash with its algorithm prefix (Spring Security delegating encoder, bcrypt).';
comment on column identity.account.roles is 'CALL_HANDLER, RESPONDER, SUPERVISOR, SAFEGUARDING_HUB, PARTNER_PRACTITIONER, ANALYST, ADMIN.';
comment on column identity.account.agency_code is 'For a partner practitioner: the partner agency they work for (e.g. CHILDRENS_SOCIAL_CARE).';
comment on column identity.account.demo is 'True for accounts created by demo mode; they are removed when demo mode is off.';
comment on column identity.account.enabled is 'False for an account that may not sign in.';
