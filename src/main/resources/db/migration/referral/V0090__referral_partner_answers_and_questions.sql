-- Only the partner records the partner's answer. Police may record one only as told by phone, and
-- then the step names who at the agency gave it, so both sides and the audit log can see so.
alter table referral.referral_step add column received_by_phone_from text
    check (received_by_phone_from is null or length(received_by_phone_from) between 1 and 200);
comment on column referral.referral_step.received_by_phone_from is 'Who at the agency gave this answer by phone, when police recorded it for them; null when the partner recorded it themselves.';

-- The team at the agency that took the referral on, if the partner said so when accepting it.
alter table referral.referral add column allocated_team text
    check (allocated_team is null or length(allocated_team) between 1 and 200);
comment on column referral.referral.allocated_team is 'The team at the receiving agency the referral was allocated to, given by the partner when accepting it.';

-- Questions to the referrer: the partner asks, the police answer, on the referral itself.
create table referral.question (
    id           bigint generated always as identity primary key,
    referral_id  uuid        not null references referral.referral (id),
    side         text        not null check (side in ('PARTNER', 'POLICE')),
    author       text        not null,
    author_name  text        not null,
    agency       text        not null,
    body         text        not null check (length(body) between 1 and 2000),
    at           timestamptz not null
);
create index question_referral on referral.question (referral_id, id);
comment on table referral.question is 'Questions from the receiving partner to the referrer about a referral, and the police answers. Append-only; reviewed and disposed of with the referral.';
comment on column referral.question.side is 'PARTNER (the receiving agency asked) or POLICE (the force answered).';
comment on column referral.question.author is 'Username of who wrote it.';
comment on column referral.question.author_name is 'Display name of who wrote it, as it was when they wrote it.';
comment on column referral.question.agency is 'The agency code of who wrote it: the receiving agency, or POLICE.';
create trigger question_append_only before update or delete on referral.question
    for each row execute function referral.refuse_change();

-- Disposal takes a referral's questions with it.
create or replace function referral.dispose(encounters uuid[], mentions uuid[]) returns uuid[] language plpgsql security definer
    set search_path = pg_catalog, referral as $$
declare
    gone uuid[];
begin
    perform set_config('sightline.disposing', 'on', true);
    select coalesce(array_agg(id), '{}') into gone from referral.referral
    where encounter_id = any(encounters) or person_ids <@ mentions;
    delete from referral.question where referral_id = any(gone);
    delete from referral.referral_step where referral_id = any(gone);
    delete from referral.referral where id = any(gone);
    -- a referral about others as well keeps them, without this person
    update referral.referral set person_ids = array(select unnest(person_ids) except select unnest(mentions))
     where person_ids && mentions;
    perform set_config('sightline.disposing', 'off', true);
    return gone;
end $$;
