-- Teams and learning records (#18): which team each member of staff is in, and the vulnerability-related
-- training and CPD they have completed. Usernames are identity.account's (another module's schema, so no
-- foreign key).
create schema if not exists learning;

create table learning.staff_team (
    username    text primary key,
    team        text        not null check (team ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    assigned_by text        not null,
    assigned_at timestamptz not null
);

create index staff_team_by_team on learning.staff_team (team, username);

comment on table learning.staff_team is 'The team a member of staff belongs to, set by an administrator or a trainer. Personal data about staff: removed when the account is.';
comment on column learning.staff_team.team is 'The team''s short name, lower case with hyphens (e.g. response-north).';

create table learning.course_completion (
    id           uuid primary key,
    username     text        not null,
    course       text        not null,
    provider     text        not null,
    completed_on date        not null,
    renewal_due  date,
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    check (renewal_due is null or renewal_due > completed_on)
);

create index course_completion_by_person on learning.course_completion (username, course, completed_on desc);

comment on table learning.course_completion is 'A course a member of staff completed (training or CPD), recorded by a trainer. Personal data about staff: read by the person, trainers and supervisors; kept while the person works for the force.';
comment on column learning.course_completion.course is 'The course''s code in sightline.learning.courses (e.g. VULNERABILITY_THRIVE).';
comment on column learning.course_completion.renewal_due is 'When it must be done again: the date completed plus the course''s renewal period, or as entered; null for a course that never needs renewing.';
