create schema if not exists audit;

create table audit.audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null,
    actor        text        not null,
    action       text        not null check (action in ('COLLECTION','ALTERATION','CONSULTATION','DISCLOSURE','ERASURE','REFUSAL')),
    subject_type text        not null,
    subject_id   text        not null,
    reason       text,
    detail       text
);
create index audit_entry_subject on audit.audit_entry (subject_type, subject_id);
create index audit_entry_actor on audit.audit_entry (actor, occurred_at);

comment on table audit.audit_entry is 'DPA 2018 s.62 log: who collected, altered, consulted, disclosed or erased which record, when and why. Append-only; retained for the force''s audit retention period (review yearly).';
comment on column audit.audit_entry.occurred_at is 'When it happened (UTC).';
comment on column audit.audit_entry.actor is 'Username of the person (or system job) who acted.';
comment on column audit.audit_entry.action is 'COLLECTION, ALTERATION, CONSULTATION, DISCLOSURE, ERASURE, or REFUSAL (an attempt that was refused).';
comment on column audit.audit_entry.subject_type is 'Kind of record, e.g. ENCOUNTER.';
comment on column audit.audit_entry.subject_id is 'Identifier of the record.';
comment on column audit.audit_entry.reason is 'Why the actor did it, where a reason was given or implied.';
comment on column audit.audit_entry.detail is 'Extra facts about the action (never free text about people).';

-- The log is append-only: refuse updates and deletes at the database.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end $$;
create trigger audit_entry_append_only before update or delete on audit.audit_entry
    for each row execute function audit.refuse_change();
