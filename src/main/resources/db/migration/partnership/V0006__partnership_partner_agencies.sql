create schema if not exists partnership;

create table partnership.partner_agency (
    agency_code   text        primary key,
    name          text        not null check (length(name) between 1 and 200),
    working_hours text        check (length(working_hours) <= 500),
    out_of_hours  text        check (length(out_of_hours) <= 2000),
    revision      integer     not null default 1 check (revision >= 1),
    updated_by    text        not null,
    updated_at    timestamptz not null
);

comment on table partnership.partner_agency is 'The force''s partner agency for each agency code: who they are, when they work and what happens out of hours. Reference data, no personal data; seeded from partnership/partner-agencies.yml when absent, then edited by administrators.';
comment on column partnership.partner_agency.agency_code is 'Agency code of the routing-preview contract (org.sightline.shared.Agency): POLICE, AMBULANCE, MENTAL_HEALTH_SERVICE, HEALTH_SETTING, CHILDRENS_SOCIAL_CARE, ADULT_SOCIAL_CARE, MARAC, IDVA, EDUCATION, HOUSING, VICTIM_SUPPORT, LANDOWNER_OR_OTHER.';
comment on column partnership.partner_agency.name is 'The local service''s name, as staff know it.';
comment on column partnership.partner_agency.working_hours is 'When the service works, in plain English.';
comment on column partnership.partner_agency.out_of_hours is 'Who to contact, and how, outside working hours.';
comment on column partnership.partner_agency.revision is 'Goes up by one with each edit, so that two administrators editing at once get a conflict, not a lost update.';
comment on column partnership.partner_agency.updated_by is 'Username of the administrator who last changed it (system for the seeded defaults).';
comment on column partnership.partner_agency.updated_at is 'When it was last changed (UTC).';

create table partnership.contact_route (
    agency_code text    not null references partnership.partner_agency (agency_code) on delete cascade,
    position    integer not null check (position >= 0),
    kind        text    not null check (kind in ('PHONE', 'EMAIL', 'SECURE_EMAIL', 'WEBHOOK', 'PORTAL')),
    value       text    not null check (length(value) between 1 and 500),
    hours       text    check (length(hours) <= 200),
    primary key (agency_code, position)
);

comment on table partnership.contact_route is 'Ways to reach a partner agency, in the order to try them. Rewritten whole when the agency is edited. No personal data: service numbers and addresses only.';
comment on column partnership.contact_route.agency_code is 'The partner agency (partnership.partner_agency).';
comment on column partnership.contact_route.position is 'Order in which to try the routes, from 0.';
comment on column partnership.contact_route.kind is 'PHONE, EMAIL, SECURE_EMAIL, WEBHOOK (machine-to-machine referral) or PORTAL (a web page to refer through).';
comment on column partnership.contact_route.value is 'The number, address or URL.';
comment on column partnership.contact_route.hours is 'When this route is answered, in plain English; empty when it follows the agency''s working hours.';
