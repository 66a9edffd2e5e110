-- Disposal after a Management of Police Information review: the records of a person are deleted or
-- anonymised in every module. Each module disposes of its own rows through one function that runs
-- as the schema's owner (security definer); the append-only triggers let the owner delete only while
-- such a function has said it is disposing (a transaction-local setting), so no other path can.
-- The application's role may call these functions, never delete those rows directly. The audit log is
-- not touched: it records the disposal with no personal data.

create or replace function assessment.refuse_change() returns trigger language plpgsql as $$
begin
    if current_setting('sightline.disposing', true) = 'on'
       and current_user = (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid) then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception 'THRIVE assessments are never changed: record a re-assessment instead';
end $$;

create or replace function routing.refuse_change() returns trigger language plpgsql as $$
begin
    if current_setting('sightline.disposing', true) = 'on'
       and current_user = (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid) then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception 'routing decisions are never changed: record a new decision';
end $$;

create or replace function referral.refuse_change() returns trigger language plpgsql as $$
begin
    if current_setting('sightline.disposing', true) = 'on'
       and current_user = (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid) then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception 'referral steps are never changed';
end $$;

create or replace function person.refuse_change() returns trigger language plpgsql as $$
begin
    if current_setting('sightline.disposing', true) = 'on'
       and current_user = (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid) then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception '% is append-only', tg_table_name;
end $$;

create or replace function chronology.refuse_change() returns trigger language plpgsql as $$
begin
    if current_setting('sightline.disposing', true) = 'on'
       and current_user = (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid) then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception '% is append-only', tg_table_name;
end $$;

-- Encounters: an encounter about no one else goes; in one shared with others, the person's mention is
-- anonymised (the incident stays, under its own review). Returns the encounters deleted.
create function encounter.dispose_mentions(mentions uuid[]) returns uuid[] language plpgsql security definer
    set search_path = pg_catalog, encounter as $$
declare
    gone uuid[];
begin
    select coalesce(array_agg(e.id), '{}') into gone from encounter.encounter e
    where exists (select 1 from encounter.encounter_person p where p.encounter_id = e.id and p.id = any(mentions))
      and not exists (select 1 from encounter.encounter_person p where p.encounter_id = e.id and not (p.id = any(mentions)));
    delete from encounter.idempotency_key where encounter_id = any(gone);
    delete from encounter.encounter_person where encounter_id = any(gone);
    delete from encounter.encounter where id = any(gone);
    update encounter.encounter_person
       set given_name = null, family_name = null, description = 'Removed after a records review', date_of_birth = null,
           estimated_age_years = null, vulnerabilities = '{}', barriers = '{}', communication_needs = '{}',
           adjustments = '{}', voice = null, checks = '{}'
     where id = any(mentions);
    return gone;
end $$;

create function assessment.dispose(encounters uuid[], mentions uuid[]) returns uuid[] language plpgsql security definer
    set search_path = pg_catalog, assessment as $$
declare
    removed uuid[];
begin
    perform set_config('sightline.disposing', 'on', true);
    select coalesce(array_agg(id), '{}') into removed from assessment.thrive_assessment where encounter_id = any(encounters);
    delete from assessment.thrive_assessment where id = any(removed);
    -- in assessments of shared encounters, the person's snapshot is anonymised
    update assessment.thrive_assessment a
       set document = jsonb_set(a.document, '{snapshot,people}', (
           select jsonb_agg(case when (p ->> 'id')::uuid = any(mentions)
                                 then p || jsonb_build_object('name', 'Removed after a records review', 'dateOfBirth', null,
                                                              'ageYears', null, 'vulnerabilities', '[]'::jsonb)
                                 else p end)
           from jsonb_array_elements(a.document -> 'snapshot' -> 'people') p))
     where exists (select 1 from jsonb_array_elements(a.document -> 'snapshot' -> 'people') p
                   where (p ->> 'id')::uuid = any(mentions));
    perform set_config('sightline.disposing', 'off', true);
    return removed;
end $$;

create function routing.dispose(encounters uuid[]) returns uuid[] language plpgsql security definer
    set search_path = pg_catalog, routing as $$
declare
    gone uuid[];
begin
    perform set_config('sightline.disposing', 'on', true);
    select coalesce(array_agg(id), '{}') into gone from routing.routing_decision where encounter_id = any(encounters);
    delete from routing.timer where decision_id = any(gone);
    delete from routing.override_review where decision_id = any(gone);
    delete from routing.caller_notice where decision_id = any(gone);
    delete from routing.routing_decision where id = any(gone);
    perform set_config('sightline.disposing', 'off', true);
    return gone;
end $$;

create function referral.dispose(encounters uuid[], mentions uuid[]) returns uuid[] language plpgsql security definer
    set search_path = pg_catalog, referral as $$
declare
    gone uuid[];
begin
    perform set_config('sightline.disposing', 'on', true);
    select coalesce(array_agg(id), '{}') into gone from referral.referral
    where encounter_id = any(encounters) or person_ids <@ mentions;
    delete from referral.referral_step where referral_id = any(gone);
    delete from referral.referral where id = any(gone);
    -- a referral about others as well keeps them, without this person
    update referral.referral set person_ids = array(select unnest(person_ids) except select unnest(mentions))
     where person_ids && mentions;
    perform set_config('sightline.disposing', 'off', true);
    return gone;
end $$;

create function chronology.dispose(people uuid[]) returns integer language plpgsql security definer
    set search_path = pg_catalog, chronology as $$
declare
    removed integer;
begin
    perform set_config('sightline.disposing', 'on', true);
    delete from chronology.trigger_firing where person_id = any(people);
    get diagnostics removed = row_count;
    perform set_config('sightline.disposing', 'off', true);
    return removed;
end $$;

-- The person and every record merged into them: names, addresses, phones, identifiers, links,
-- merges, possible matches and history. Returns the mentions (encounter people) they were linked to.
create function person.dispose(people uuid[]) returns uuid[] language plpgsql security definer
    set search_path = pg_catalog, person as $$
declare
    mentions uuid[];
begin
    perform set_config('sightline.disposing', 'on', true);
    select coalesce(array_agg(source_id), '{}') into mentions from person.person_link where person_id = any(people);
    delete from person.match_review where new_person_id = any(people) or candidate_id = any(people)
        or link_id in (select id from person.person_link where person_id = any(people));
    delete from person.person_merge where survivor_id = any(people) or merged_id = any(people);
    delete from person.person_event where person_id = any(people);
    delete from person.person_link where person_id = any(people);
    delete from person.person_alias where person_id = any(people);
    delete from person.person_address where person_id = any(people);
    delete from person.person_phone where person_id = any(people);
    delete from person.person_identifier where person_id = any(people);
    delete from person.person where id = any(people);
    perform set_config('sightline.disposing', 'off', true);
    return mentions;
end $$;

-- MoPI review decisions about people: retain (with a reason and the next review date) or dispose.
create table chronology.retention_review (
    id          uuid        primary key,
    person_ref  uuid        not null,
    decision    text        not null check (decision in ('RETAIN', 'DISPOSE')),
    reason      text        not null,
    next_review date,
    decided_by  text        not null,
    decided_at  timestamptz not null
);
create index retention_review_person on chronology.retention_review (person_ref, decided_at desc);
comment on table chronology.retention_review is 'Management of Police Information review decisions about a person: retain with a reason until the next review, or dispose. Append-only; after a disposal the row keeps only the (now meaningless) id.';
comment on column chronology.retention_review.person_ref is 'The person reviewed (person.person.id; another module''s schema, so no foreign key).';
comment on column chronology.retention_review.decision is 'RETAIN or DISPOSE.';
comment on column chronology.retention_review.reason is 'Why, in the reviewer''s words (never personal data about the person: it outlives them).';
comment on column chronology.retention_review.next_review is 'For RETAIN: when the record is reviewed again.';
comment on column chronology.retention_review.decided_by is 'Username of the reviewer.';
comment on column chronology.retention_review.decided_at is 'When the decision was made.';
create trigger retention_review_append_only before update or delete on chronology.retention_review
    for each row execute function chronology.refuse_change();

-- Only the application's role may dispose (granted in afterMigrate.sql), not everyone who can log in.
revoke execute on function encounter.dispose_mentions(uuid[]) from public;
revoke execute on function assessment.dispose(uuid[], uuid[]) from public;
revoke execute on function routing.dispose(uuid[]) from public;
revoke execute on function referral.dispose(uuid[], uuid[]) from public;
revoke execute on function chronology.dispose(uuid[]) from public;
revoke execute on function person.dispose(uuid[]) from public;
