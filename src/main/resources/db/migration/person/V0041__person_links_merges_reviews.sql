-- Linking the people in encounters to the person index, merging and unmerging people, and the
-- review of possible matches. Source records are never altered: a link points from one mention
-- (a person in an encounter) to the person it was linked to when it was made, and is never
-- changed; a merge points one person at another and an unmerge closes that pointer, so undoing a
-- merge restores exactly what was there before. Every change is written to person_event.

-- A person may be known only by a description ("man in his 40s, red coat"): every mention in an
-- encounter links to or creates a person, named or not.
alter table person.person alter column family_name drop not null;
alter table person.person alter column family_name_normalised set default '';
alter table person.person add column description text;
alter table person.person add constraint person_named_or_described
    check (family_name is not null or description is not null);
alter table person.person add column merged_into uuid references person.person (id);
create index person_merged_into on person.person (merged_into) where merged_into is not null;

comment on column person.person.description is 'How to recognise the person when the name is not known.';
comment on column person.person.merged_into is 'The person this one is merged into while the merge stands; null otherwise. Derived from person_merge.';

-- phone numbers and identifiers are found by exact match
alter table person.person_phone add column phone_digits text
    generated always as (regexp_replace(phone_number, '[^0-9]', '', 'g')) stored;
create index person_phone_digits on person.person_phone (phone_digits);
create index person_identifier_value on person.person_identifier (value);
create index person_alias_name on person.person_alias (family_name_normalised, given_name_normalised);

comment on column person.person_phone.phone_digits is 'The digits of the number, for finding it however it was typed.';

create table person.person_link (
    id                 uuid        primary key,
    person_id          uuid        not null references person.person (id),
    source_type        text        not null check (source_type in ('ENCOUNTER_PERSON')),
    source_id          uuid        not null unique,
    encounter_id       uuid        not null,
    encounter_reference text       not null,
    occurred_at        timestamptz not null,
    situation          text        not null,
    role               text        not null,
    method             text        not null check (method in ('AUTOMATIC', 'CHOSEN', 'NEW_PERSON')),
    match_weight       double precision,
    evidence           text[]      not null default '{}',
    linked_by          text        not null,
    linked_at          timestamptz not null
);
create index person_link_person on person.person_link (person_id, occurred_at desc);
create index person_link_encounter on person.person_link (encounter_id);

comment on table person.person_link is 'A person mentioned in a record (a person in an encounter) and the person in the index it was linked to. Never updated or deleted.';
comment on column person.person_link.person_id is 'The person the mention was linked to when the link was made (merges are applied on reading).';
comment on column person.person_link.source_type is 'What kind of record the mention is in: ENCOUNTER_PERSON.';
comment on column person.person_link.source_id is 'The mention: encounter.encounter_person.id.';
comment on column person.person_link.encounter_id is 'The encounter the mention is in.';
comment on column person.person_link.encounter_reference is 'The encounter''s reference, ENC-<year>-<number>.';
comment on column person.person_link.occurred_at is 'When the encounter happened.';
comment on column person.person_link.situation is 'What the encounter was about (situation code), for counting contacts.';
comment on column person.person_link.role is 'The person''s role in the encounter (VICTIM, SUSPECT, ...).';
comment on column person.person_link.method is 'AUTOMATIC (match weight above the automatic threshold), CHOSEN (by the recorder from the offered matches) or NEW_PERSON.';
comment on column person.person_link.match_weight is 'Match weight in bits of the mention against the person linked (or the best candidate for a new person); null when there was nothing to compare.';
comment on column person.person_link.evidence is 'Per-field evidence for the match, in plain English.';
comment on column person.person_link.linked_by is 'Username of who recorded the mention.';
comment on column person.person_link.linked_at is 'When the link was made.';

create table person.person_merge (
    id             uuid        primary key,
    survivor_id    uuid        not null references person.person (id),
    merged_id      uuid        not null references person.person (id),
    reason         text        not null,
    merged_by      text        not null,
    merged_at      timestamptz not null,
    unmerged_by    text,
    unmerged_at    timestamptz,
    unmerge_reason text,
    constraint person_merge_not_self check (survivor_id <> merged_id),
    constraint person_merge_unmerge_complete check ((unmerged_at is null) = (unmerged_by is null))
);
create unique index person_merge_standing on person.person_merge (merged_id) where unmerged_at is null;
create index person_merge_survivor on person.person_merge (survivor_id);

comment on table person.person_merge is 'Two records found to be the same person: merged_id is read as survivor_id while the merge stands. An unmerge closes the row; rows are never deleted.';
comment on column person.person_merge.survivor_id is 'The person kept.';
comment on column person.person_merge.merged_id is 'The person merged into the survivor.';
comment on column person.person_merge.reason is 'Why the two are the same person.';
comment on column person.person_merge.unmerge_reason is 'Why the merge was undone.';

create table person.match_review (
    id             uuid        primary key,
    link_id        uuid        not null references person.person_link (id),
    new_person_id  uuid        not null references person.person (id),
    candidate_id   uuid        not null references person.person (id),
    match_weight   double precision not null,
    evidence       text[]      not null default '{}',
    raised_at      timestamptz not null,
    decision       text        check (decision in ('SAME_PERSON', 'DIFFERENT_PEOPLE')),
    decided_by     text,
    decided_at     timestamptz,
    note           text
);
create index match_review_open on person.match_review (raised_at) where decision is null;

comment on table person.match_review is 'A mention whose best candidate scored between the review and automatic thresholds: a new person was created and a reviewer decides whether it is the candidate.';
comment on column person.match_review.new_person_id is 'The person created for the mention.';
comment on column person.match_review.candidate_id is 'The existing person it may be.';
comment on column person.match_review.decision is 'SAME_PERSON (the new person is merged into the candidate) or DIFFERENT_PEOPLE; null while open.';

create table person.person_event (
    id          bigint generated always as identity primary key,
    person_id   uuid        not null references person.person (id),
    occurred_at timestamptz not null,
    actor       text        not null,
    action      text        not null,
    detail      text        not null,
    reason      text
);
create index person_event_person on person.person_event (person_id, occurred_at desc);

comment on table person.person_event is 'The history of a person record: created, linked, merged, unmerged, match reviewed. Append-only.';
comment on column person.person_event.action is 'CREATED, LINKED, MERGED_INTO, ABSORBED, UNMERGED, MATCH_REVIEW_RAISED, MATCH_DECIDED.';
comment on column person.person_event.detail is 'What happened, in plain English.';
comment on column person.person_event.reason is 'The reason given, when one was asked for.';

create function person.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;
create trigger person_link_append_only before update or delete on person.person_link
    for each row execute function person.refuse_change();
create trigger person_event_append_only before update or delete on person.person_event
    for each row execute function person.refuse_change();
