-- Repeat and cumulative triggers that fired: which rule, for which person, on which contact, and
-- why. Shown on the person's chronology; each firing also put an item in the supervision queue.
create schema if not exists chronology;

create table chronology.trigger_firing (
    id           uuid        primary key,
    rule_code    text        not null,
    rule_name    text        not null,
    person_id    uuid        not null,
    encounter_id uuid        not null,
    encounter_reference text not null,
    reason       text        not null,
    fired_at     timestamptz not null,
    constraint trigger_firing_once unique (rule_code, person_id, encounter_id)
);
create index trigger_firing_person on chronology.trigger_firing (person_id, fired_at desc);

comment on schema chronology is 'The whole-person view: repeat and cumulative triggers that fired.';
comment on table chronology.trigger_firing is 'A repeat or cumulative trigger that fired for a person on a contact. Never updated or deleted.';
comment on column chronology.trigger_firing.rule_code is 'The rule''s code in the trigger rules file, such as MARAC_POTENTIAL_ESCALATION.';
comment on column chronology.trigger_firing.rule_name is 'The rule''s name when it fired.';
comment on column chronology.trigger_firing.person_id is 'The person (person index) it fired for, as the person was read when it fired.';
comment on column chronology.trigger_firing.encounter_id is 'The contact that made the rule true.';
comment on column chronology.trigger_firing.encounter_reference is 'That encounter''s reference.';
comment on column chronology.trigger_firing.reason is 'Why it fired, in plain English.';
comment on column chronology.trigger_firing.fired_at is 'When it fired.';

create function chronology.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;
create trigger trigger_firing_append_only before update or delete on chronology.trigger_firing
    for each row execute function chronology.refuse_change();
