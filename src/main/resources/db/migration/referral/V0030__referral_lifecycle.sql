create schema if not exists referral;

create sequence referral.referral_reference_seq;

create table referral.referral (
    id                uuid primary key,
    reference         text        not null unique,
    encounter_id      uuid        not null,
    receiving_agency  text        not null,
    status            text        not null check (status in ('DRAFT','SENT','ACKNOWLEDGED','ACCEPTED','DECLINED','OUTCOME_RECORDED','CLOSED','REVOKED')),
    person_ids        uuid[]      not null check (cardinality(person_ids) > 0),
    subject_keys      text[]      not null default '{}',
    reason            text        not null,
    risk_summary      text,
    data_items        text[]      not null check (cardinality(data_items) > 0),
    lawful_basis      text        not null,
    consent_status    text        not null,
    consent_rationale text,
    created_by        text        not null,
    created_at        timestamptz not null,
    sent_at           timestamptz,
    ack_due_at        timestamptz,
    decision_due_at   timestamptz,
    decline_reason    text,
    outcome           text,
    shared            jsonb       not null,
    review_date       date        not null,
    constraint consent_rationale_unless_given check (consent_status = 'GIVEN' or consent_rationale is not null),
    constraint declined_has_reason check (status <> 'DECLINED' or decline_reason is not null)
);
create index referral_agency_status on referral.referral (receiving_agency, status);
create index referral_encounter on referral.referral (encounter_id);
create index referral_created_by on referral.referral (created_by, created_at desc);

comment on table referral.referral is 'A referral to a partner agency: what was shared (the minimum, item by item), on which lawful basis, with what consent, and where it is in its lifecycle. A disclosure record under DPA 2018 s.62; review with the encounter (MoPI).';
comment on column referral.referral.reference is 'Human-readable reference, REF-<year>-<number>, quoted by the partner.';
comment on column referral.referral.receiving_agency is 'Agency code of the partner the referral is addressed to.';
comment on column referral.referral.status is 'DRAFT, SENT, ACKNOWLEDGED, ACCEPTED, DECLINED, OUTCOME_RECORDED, CLOSED or REVOKED.';
comment on column referral.referral.person_ids is 'The people in the encounter the referral is about.';
comment on column referral.referral.subject_keys is 'Normalised name and date of birth (or age) of each person, to spot repeat MARAC referrals until the person index links people.';
comment on column referral.referral.reason is 'Why the referral is made.';
comment on column referral.referral.risk_summary is 'The risk in a few lines, for the partner.';
comment on column referral.referral.data_items is 'The data items shared (minimum necessary), chosen explicitly.';
comment on column referral.referral.lawful_basis is 'The law under which the data is shared (REFERENCE section 7).';
comment on column referral.referral.consent_status is 'GIVEN, REFUSED, NOT_SOUGHT_PREJUDICE, CANNOT_GIVE or NOT_REASONABLY_OBTAINABLE.';
comment on column referral.referral.consent_rationale is 'Why the referral goes ahead without consent; required unless consent was given.';
comment on column referral.referral.ack_due_at is 'When the partner should acknowledge, in working days from sending.';
comment on column referral.referral.decision_due_at is 'When the partner should accept or decline, in working days from sending.';
comment on column referral.referral.shared is 'The shared content, fixed when the referral was made: all the partner sees.';
comment on column referral.referral.review_date is 'When the record is due for retention review.';

create table referral.referral_step (
    id          bigint generated always as identity primary key,
    referral_id uuid        not null references referral.referral (id),
    status      text        not null,
    at          timestamptz not null,
    by_user     text        not null,
    note        text
);
create index referral_step_referral on referral.referral_step (referral_id, id);
comment on table referral.referral_step is 'Every step of a referral''s lifecycle, with who and when. Append-only.';
comment on column referral.referral_step.note is 'The decline reason, the outcome, a revocation reason, or a note on acceptance.';

create function referral.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'referral steps are never changed';
end $$;
create trigger referral_step_append_only before update or delete on referral.referral_step
    for each row execute function referral.refuse_change();
