create schema if not exists supervision;

create table supervision.review_item (
    id           uuid primary key,
    subject_type text        not null,
    subject_id   text        not null,
    subject_link text,
    reason_code  text        not null,
    reason       text        not null,
    raised_by    text        not null,
    raised_at    timestamptz not null,
    status       text        not null check (status in ('OPEN', 'CLOSED')),
    outcome      text        check (outcome in ('RATIFIED', 'OVERTURNED', 'NOTED')),
    decided_by   text,
    decided_at   timestamptz,
    note         text,
    constraint closed_has_decision check (status = 'OPEN' or (outcome is not null and decided_by is not null and decided_at is not null))
);
-- One open item per subject and reason: raising it again adds nothing.
create unique index review_item_one_open on supervision.review_item (subject_type, subject_id, reason_code) where status = 'OPEN';
create index review_item_open on supervision.review_item (raised_at) where status = 'OPEN';

comment on table supervision.review_item is 'Supervisor review queue: items raised by other modules about their records, decided by a supervisor. Holds no personal data beyond references; keep for the life of the subject record.';
comment on column supervision.review_item.subject_type is 'Kind of record the item is about, e.g. ASSESSMENT.';
comment on column supervision.review_item.subject_id is 'Identifier of that record, opaque to this module.';
comment on column supervision.review_item.subject_link is 'Page where the supervisor can read the record.';
comment on column supervision.review_item.reason_code is 'Why it needs review, as a code: HIGH_GRADE, JUDGEMENT_DIFFERS_FROM_TOOL, ...';
comment on column supervision.review_item.reason is 'Why it needs review, in plain English.';
comment on column supervision.review_item.raised_by is 'Who (or which job) raised it.';
comment on column supervision.review_item.status is 'OPEN until a supervisor decides it, then CLOSED.';
comment on column supervision.review_item.outcome is 'RATIFIED, OVERTURNED or NOTED.';
comment on column supervision.review_item.note is 'The supervisor''s note; required to overturn.';
