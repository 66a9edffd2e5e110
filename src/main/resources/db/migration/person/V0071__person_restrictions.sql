-- Restricted records: a person whose records only named roles may open, and only with a reason
-- (a colleague or a public figure as a victim, say). Disposal removes the restriction with the person.
create table person.restriction (
    person_id     uuid        primary key references person.person (id),
    reason        text        not null,
    allowed_roles text[]      not null check (cardinality(allowed_roles) > 0),
    restricted_by text        not null,
    restricted_at timestamptz not null
);
comment on table person.restriction is 'People whose records only the listed roles may open (with a reason). One row per restricted person (the record others are merged into).';
comment on column person.restriction.person_id is 'The person restricted.';
comment on column person.restriction.reason is 'Why, in words that identify no one (e.g. "Police colleague as victim").';
comment on column person.restriction.allowed_roles is 'Roles that may open the person: e.g. SUPERVISOR, SAFEGUARDING_HUB.';
comment on column person.restriction.restricted_by is 'Username of who restricted it.';
comment on column person.restriction.restricted_at is 'When.';

create or replace function person.dispose(people uuid[]) returns uuid[] language plpgsql security definer
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
    delete from person.restriction where person_id = any(people);
    delete from person.person where id = any(people);
    perform set_config('sightline.disposing', 'off', true);
    return mentions;
end $$;
revoke execute on function person.dispose(uuid[]) from public;
