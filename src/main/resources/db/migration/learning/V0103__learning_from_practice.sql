-- Learning from practice (#18): debriefs and body-worn-video reviews after an encounter, their themes,
-- the learning digest's dissemination log, and local reviews (e.g. domestic homicide reviews) with their
-- recommendations. About staff practice, not about the people in the encounter: no names of them here.
create table learning.practice_review (
    id                    uuid primary key,
    encounter_id          uuid        not null,
    encounter_reference   text        not null,
    encounter_recorded_by text        not null,
    kind                  text        not null check (kind in ('DEBRIEF', 'BWV_REVIEW')),
    bwv_reference         text,
    went_well             text,
    to_learn              text        not null,
    guideline             text        not null,
    recorded_by           text        not null,
    recorded_at           timestamptz not null,
    check (kind <> 'BWV_REVIEW' or bwv_reference is not null)
);

create index practice_review_by_time on learning.practice_review (recorded_at desc);
create index practice_review_by_recorder on learning.practice_review (recorded_by);
create index practice_review_by_responder on learning.practice_review (encounter_recorded_by);

create table learning.practice_review_theme (
    review_id uuid not null references learning.practice_review (id) on delete cascade,
    theme     text not null,
    primary key (review_id, theme)
);

create index practice_review_theme_by_theme on learning.practice_review_theme (theme);

comment on table learning.practice_review is 'A debrief or body-worn-video review of an encounter: what went well and what to learn, the guideline it concerns. About staff practice: read by supervisors, trainers, the member of staff who recorded it and the one who recorded the encounter.';
comment on column learning.practice_review.encounter_id is 'The encounter (encounter module; no foreign key across schemas), checked through its API when recorded.';
comment on column learning.practice_review.encounter_recorded_by is 'The username of the member of staff who recorded the encounter: whose practice the debrief is about, and who may read it.';
comment on column learning.practice_review.to_learn is 'The learning point; it may go into the learning digest sent to teams, so it must not name the people in the encounter.';

create table learning.digest_dissemination (
    id          uuid primary key,
    period_from date        not null,
    period_to   date        not null,
    team        text        not null,
    sent_by     text        not null,
    sent_at     timestamptz not null,
    recipients  integer     not null check (recipients > 0),
    check (period_to >= period_from)
);

create index digest_dissemination_by_time on learning.digest_dissemination (sent_at desc);

comment on table learning.digest_dissemination is 'The dissemination log: each learning digest a trainer sent, for which period, to which team, by whom, when and to how many people.';

create table learning.local_review (
    id          uuid primary key,
    kind        text        not null,
    reference   text        not null,
    title       text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);

create table learning.recommendation (
    id         uuid primary key,
    review_id  uuid        not null references learning.local_review (id) on delete cascade,
    text       text        not null,
    owner      text        not null,
    due_on     date        not null,
    status     text        not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    done_on    date,
    updated_by text        not null,
    updated_at timestamptz not null,
    check ((status = 'DONE') = (done_on is not null))
);

create index recommendation_by_review on learning.recommendation (review_id);

comment on table learning.local_review is 'A local review the force learns from (domestic homicide review, child safeguarding practice review, safeguarding adults review or other): its reference and title, logged by a trainer or an administrator.';
comment on table learning.recommendation is 'A recommendation of a local review, tracked to completion: its owner (a team or free text), due date and status.';
