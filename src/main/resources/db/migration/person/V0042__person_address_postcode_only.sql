-- An address may be known by its postcode alone: the lines are then empty rather than a copy of
-- the postcode (which showed twice and was compared as a street).
alter table person.person_address alter column address drop not null;
alter table person.person_address add constraint person_address_lines_or_postcode
    check (address is not null or postcode is not null);
comment on column person.person_address.address is 'The address lines as typed, without the postcode; null when only the postcode is known.';
comment on column person.person_event.action is 'CREATED, LINKED, DETAILS_ADDED, MERGED_INTO, ABSORBED, UNMERGED, MATCH_REVIEW_RAISED, MATCH_DECIDED.';
