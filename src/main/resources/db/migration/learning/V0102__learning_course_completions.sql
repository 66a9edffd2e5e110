-- Learning records (#18): the vulnerability-related training and CPD each member of staff has completed.
-- Usernames are identity.account's (another module's schema, so no foreign key); their teams are there too.
create schema if not exists learning;

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
