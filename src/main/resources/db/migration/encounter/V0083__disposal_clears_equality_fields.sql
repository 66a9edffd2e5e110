-- Disposal after a records review (#11) must not leave a person's equality data (#12) behind: in an
-- encounter shared with others who are kept, the anonymised mention loses its sex and self-defined
-- ethnicity (special category data) too. Otherwise as in V0070; create or replace keeps the owner
-- and the grants.
create or replace function encounter.dispose_mentions(mentions uuid[]) returns uuid[] language plpgsql security definer
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
           adjustments = '{}', voice = null, checks = '{}', sex = null, ethnicity = null
     where id = any(mentions);
    return gone;
end $$;
