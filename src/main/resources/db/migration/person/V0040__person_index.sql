-- The person index: one row per person known to the force, with the other names, addresses,
-- phone numbers and identifiers they are recorded under. Search retrieves candidates here by
-- surnames spelt alike (trigram similarity over the distinct surnames), the Double Metaphone sound
-- of the surname and the date of birth; the linkage model ranks them in the application.
-- The trigram index is on the distinct surnames, not on every person's full name: at 1,000,000
-- people a full-name trigram search for a common given name read posting lists of tens of
-- thousands of rows (54 ms, see BENCHMARKS.md); the surnames list stays small as people grow.
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;
create extension if not exists unaccent;

create schema if not exists person;

create table person.person (
    id                     uuid        primary key,
    given_name             text,
    family_name            text        not null,
    given_name_normalised  text        not null default '',
    family_name_normalised text        not null,
    date_of_birth          date,
    birth_year             smallint,
    sex                    text,
    created_at             timestamptz not null,
    review_date            date        not null,
    constraint person_birth_year_agrees check (date_of_birth is null or birth_year is null
        or birth_year = extract(year from date_of_birth)),
    constraint person_sex_known check (sex is null or sex in ('FEMALE', 'MALE', 'OTHER'))
);

create index person_name on person.person (family_name_normalised, given_name_normalised);
create index person_surname_sound on person.person (dmetaphone(family_name_normalised), given_name_normalised);
create index person_date_of_birth on person.person (date_of_birth);

comment on schema person is 'The person index: people known to the force and the names, addresses, phones and identifiers they are recorded under.';
comment on table person.person is 'One person known to the force. Personal data: reviewed for retention on review_date.';
comment on column person.person.id is 'The person''s identifier (PersonId).';
comment on column person.person.given_name is 'Given name(s) as typed; null when not known.';
comment on column person.person.family_name is 'Surname as typed.';
comment on column person.person.given_name_normalised is 'Given name(s) as linkage compares them: lower case, no accents, letters and single spaces; empty when not known.';
comment on column person.person.family_name_normalised is 'Surname as linkage compares it: lower case, no accents, letters and single spaces.';
comment on column person.person.date_of_birth is 'Date of birth, when known.';
comment on column person.person.birth_year is 'Estimated year of birth when the full date is not known (or the year of the date of birth).';
comment on column person.person.sex is 'FEMALE, MALE or OTHER, as recorded; null when not recorded.';
comment on column person.person.created_at is 'When the person was added to the index.';
comment on column person.person.review_date is 'When the record is due for retention review (MoPI).';

create table person.family_name (
    name text primary key
);
create index family_name_trigram on person.family_name using gin (name gin_trgm_ops);

comment on table person.family_name is 'Every distinct normalised surname in the index, for finding surnames spelt alike. Holds no link to any person.';
comment on column person.family_name.name is 'A surname, normalised as person.family_name_normalised.';

create table person.person_alias (
    id                     bigint generated always as identity primary key,
    person_id              uuid   not null references person.person (id),
    given_name             text,
    family_name            text   not null,
    given_name_normalised  text   not null default '',
    family_name_normalised text   not null
);
create index person_alias_person on person.person_alias (person_id);

comment on table person.person_alias is 'Another name a person is known or recorded under (maiden name, alias, nickname).';
comment on column person.person_alias.id is 'Surrogate key.';
comment on column person.person_alias.person_id is 'The person known by this name.';
comment on column person.person_alias.given_name is 'Given name(s) as typed; null when not known.';
comment on column person.person_alias.family_name is 'Surname as typed.';
comment on column person.person_alias.given_name_normalised is 'Given name(s) normalised as for person.given_name_normalised.';
comment on column person.person_alias.family_name_normalised is 'Surname normalised as for person.family_name_normalised.';

create table person.person_address (
    id          bigint generated always as identity primary key,
    person_id   uuid   not null references person.person (id),
    address     text   not null,
    postcode    text,
    recorded_at timestamptz not null
);
create index person_address_person on person.person_address (person_id);

comment on table person.person_address is 'An address a person lives or lived at, newest recorded_at first being the current one.';
comment on column person.person_address.id is 'Surrogate key.';
comment on column person.person_address.person_id is 'The person at this address.';
comment on column person.person_address.address is 'The address lines as typed, without the postcode.';
comment on column person.person_address.postcode is 'UK postcode, upper case with one space; null when not known.';
comment on column person.person_address.recorded_at is 'When the address was recorded.';

create table person.person_phone (
    id           bigint generated always as identity primary key,
    person_id    uuid   not null references person.person (id),
    phone_number text   not null
);
create index person_phone_person on person.person_phone (person_id);

comment on table person.person_phone is 'A telephone number a person can be reached on.';
comment on column person.person_phone.id is 'Surrogate key.';
comment on column person.person_phone.person_id is 'The person reached on this number.';
comment on column person.person_phone.phone_number is 'The number as typed.';

create table person.person_identifier (
    id        bigint generated always as identity primary key,
    person_id uuid   not null references person.person (id),
    scheme    text   not null,
    value     text   not null,
    constraint person_identifier_scheme check (scheme in ('PNC_ID', 'NHS_NUMBER', 'NATIONAL_INSURANCE_NUMBER', 'CRO_NUMBER')),
    constraint person_identifier_unique unique (scheme, value)
);
create index person_identifier_person on person.person_identifier (person_id);

comment on table person.person_identifier is 'An identifier another system gives the person: PNC ID, NHS number, National Insurance number, CRO number.';
comment on column person.person_identifier.id is 'Surrogate key.';
comment on column person.person_identifier.person_id is 'The person identified.';
comment on column person.person_identifier.scheme is 'Which system issued it: PNC_ID, NHS_NUMBER, NATIONAL_INSURANCE_NUMBER or CRO_NUMBER.';
comment on column person.person_identifier.value is 'The identifier, upper case without spaces.';
