-- Runs after every migration (Flyway callback), as the owner role: keeps the runtime role's grants
-- in step with the schema, so every table a migration adds gets them. Least privilege: the runtime
-- role reads and writes the operational tables, but may only insert into and read the audit log,
-- and owns nothing, so it cannot truncate a table, alter it, or turn its triggers off.
-- On a single-role setup (the runtime role is the migrating user, or does not exist) nothing is granted.
do $$
declare
  runtime text := '${runtime_role}';
  s record;
begin
  if runtime = current_user or not exists (select from pg_roles where rolname = runtime) then
    raise notice 'Sightline: no separate runtime role %, so no grants (see README: database roles)', runtime;
    return;
  end if;
  for s in select n.nspname from pg_namespace n
           where n.nspowner = (select oid from pg_roles where rolname = current_user)
             and n.nspname not like 'pg\_%' and n.nspname not in ('information_schema', 'public') loop
    execute format('grant usage on schema %I to %I', s.nspname, runtime);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', s.nspname, runtime);
    execute format('grant usage, select on all sequences in schema %I to %I', s.nspname, runtime);
    -- e.g. the disposal functions, which run as the owner
    execute format('grant execute on all functions in schema %I to %I', s.nspname, runtime);
  end loop;
  execute format('grant usage on schema public to %I', runtime);
  execute format('grant select, insert, update, delete on public.scheduled_tasks to %I', runtime);
  execute format('grant select, insert, update, delete on public.event_publication to %I', runtime);
  -- the demand read model is rebuilt from the operational records by emptying it first (not evidence)
  if exists (select from pg_namespace where nspname = 'demand') then
    execute format('grant truncate on all tables in schema demand to %I', runtime);
    execute format('grant update on all sequences in schema demand to %I', runtime);
  end if;
  execute format('grant select on public.flyway_schema_history to %I', runtime);
  -- the audit log: append and read only
  execute format('revoke update, delete, truncate, references, trigger on all tables in schema audit from %I', runtime);
  execute format('grant select, insert on audit.audit_entry to %I', runtime);
  if exists (select from pg_tables where schemaname = 'audit' and tablename = 'audit_chain') then
    -- the chain is written only by its trigger (as the owner); anchors are appended by the daily job
    execute format('revoke insert on audit.audit_chain from %I', runtime);
    execute format('grant select on audit.audit_chain to %I', runtime);
    execute format('grant select, insert on audit.audit_anchor to %I', runtime);
  end if;
end $$;
