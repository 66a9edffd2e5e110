-- Tamper evidence for the audit log (DPA 2018 s62: logs that can be relied on). Every entry is
-- chained: its hash covers its content and the previous entry's hash, so an altered, deleted or
-- inserted entry breaks the chain at that position, and anchors (the head written out daily) show a
-- cut tail. The chain is written by a deferred trigger at commit, one position at a time under an
-- advisory lock held only for the commit, so concurrent requests do not queue behind each other.
-- The trigger function runs as the owner: the runtime role can read the chain, never write it.

create table audit.audit_chain (
    position      bigint      primary key,
    entry_id      bigint      not null unique,
    previous_hash bytea,
    entry_hash    bytea       not null,
    chained_at    timestamptz not null
);
comment on table audit.audit_chain is 'The hash chain over audit.audit_entry, in commit order. Written only by the chain trigger; append-only.';
comment on column audit.audit_chain.position is 'Place in the chain, 1, 2, 3... with no gaps.';
comment on column audit.audit_chain.entry_id is 'The audit entry at this position.';
comment on column audit.audit_chain.previous_hash is 'The entry hash at the position before (null at position 1).';
comment on column audit.audit_chain.entry_hash is 'SHA-256 of the previous hash followed by the entry''s canonical content (audit.entry_content).';
comment on column audit.audit_chain.chained_at is 'When the entry was chained (its commit).';

create table audit.audit_anchor (
    id          bigint generated always as identity primary key,
    position    bigint      not null,
    head_hash   bytea       not null,
    anchored_at timestamptz not null
);
comment on table audit.audit_anchor is 'The chain head written out at a moment (also to the application log): proves a later cut of the tail.';
comment on column audit.audit_anchor.position is 'The last position in the chain when the anchor was taken.';
comment on column audit.audit_anchor.head_hash is 'The entry hash at that position.';
comment on column audit.audit_anchor.anchored_at is 'When the anchor was taken.';

-- The bytes an entry's hash covers: every column, in a fixed order, independent of session settings.
create function audit.entry_content(e audit.audit_entry) returns bytea language sql immutable as $$
    select convert_to(jsonb_build_array(e.id, (extract(epoch from e.occurred_at) * 1000000)::bigint, e.actor, e.action,
        e.subject_type, e.subject_id, e.reason, e.detail)::text, 'UTF8')
$$;

create function audit.chain_entry() returns trigger language plpgsql security definer
    set search_path = pg_catalog, audit as $$
declare
    head_position bigint;
    head_hash bytea;
begin
    perform pg_advisory_xact_lock(7425201);
    select c.position, c.entry_hash into head_position, head_hash from audit.audit_chain c order by c.position desc limit 1;
    insert into audit.audit_chain (position, entry_id, previous_hash, entry_hash, chained_at)
    values (coalesce(head_position, 0) + 1, new.id, head_hash,
            sha256(coalesce(head_hash, '\x'::bytea) || audit.entry_content(new)), clock_timestamp());
    return null;
end $$;

create constraint trigger audit_entry_chain after insert on audit.audit_entry
    deferrable initially deferred for each row execute function audit.chain_entry();

create trigger audit_chain_append_only before update or delete on audit.audit_chain
    for each row execute function audit.refuse_change();
create trigger audit_anchor_append_only before update or delete on audit.audit_anchor
    for each row execute function audit.refuse_change();

-- Entries written before the chain existed are chained now, in the order they were written.
do $$
declare
    e audit.audit_entry;
    head_position bigint := 0;
    head_hash bytea;
    next_hash bytea;
begin
    for e in select * from audit.audit_entry order by id loop
        next_hash := sha256(coalesce(head_hash, '\x'::bytea) || audit.entry_content(e));
        head_position := head_position + 1;
        insert into audit.audit_chain (position, entry_id, previous_hash, entry_hash, chained_at)
        values (head_position, e.id, head_hash, next_hash, clock_timestamp());
        head_hash := next_hash;
    end loop;
end $$;
