-- The queue is read by risk, then by when each item falls due, and each row names its case: what an
-- item concerns (encounter, person mention), the risk of that case, when it is due, and what the
-- decision led to (a referral made from it).
alter table supervision.review_item
    add column encounter_id   uuid,
    add column person_id      uuid,
    add column risk_level     text not null default 'NOT_ASSESSED'
        check (risk_level in ('HIGH', 'MEDIUM', 'LOW', 'NO_APPARENT_RISK', 'NOT_ASSESSED')),
    add column due_at         timestamptz,
    add column follow_up_link text;

-- Items raised before: the encounter from the page they link to, HIGH for a high-risk grading, due a day after raising.
update supervision.review_item
   set encounter_id = substring(subject_link from '^/encounters/([0-9a-f-]{36})')::uuid
 where subject_link ~ '^/encounters/[0-9a-f-]{36}';
update supervision.review_item set risk_level = 'HIGH' where reason_code = 'HIGH_RISK';
update supervision.review_item set due_at = raised_at + interval '1 day';
alter table supervision.review_item alter column due_at set not null;

create index review_item_open_by_due on supervision.review_item (due_at) where status = 'OPEN';
create index review_item_encounter on supervision.review_item (encounter_id);

comment on column supervision.review_item.encounter_id is 'The encounter the item concerns, opaque to this module; null when none (the audit log).';
comment on column supervision.review_item.person_id is 'The person (their mention in the encounter) the item concerns, if one.';
comment on column supervision.review_item.risk_level is 'Risk of the case when raised: HIGH, MEDIUM, LOW, NO_APPARENT_RISK, or NOT_ASSESSED.';
comment on column supervision.review_item.due_at is 'When a supervisor should have decided it, by its risk and kind (sightline.supervision.due-by-*).';
comment on column supervision.review_item.follow_up_link is 'What the decision led to, such as the referral made from the item.';
