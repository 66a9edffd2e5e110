-- Sign-ins and sign-outs are logged too (ACCESS).
alter table audit.audit_entry drop constraint audit_entry_action_check;
alter table audit.audit_entry add constraint audit_entry_action_check
    check (action in ('COLLECTION','ALTERATION','CONSULTATION','DISCLOSURE','ERASURE','REFUSAL','ACCESS'));
comment on column audit.audit_entry.action is 'COLLECTION, ALTERATION, CONSULTATION, DISCLOSURE, ERASURE, REFUSAL (an attempt that was refused, or a failed sign-in), or ACCESS (signed in or out).';
