create table partnership.agreement_version (
    agreement_id     text        not null check (agreement_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$'),
    version          text        not null check (version ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$'),
    title            text        not null,
    status           text        not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED')),
    effective_from   date,
    yaml             text        not null,
    document         jsonb       not null,
    drafted_by       text        not null,
    drafted_at       timestamptz not null,
    edited_by        text        not null,
    edited_at        timestamptz not null,
    submitted_by     text,
    submitted_at     timestamptz,
    published_by     text,
    published_at     timestamptz,
    superseded_by    text,
    superseded_at    timestamptz,
    replaced_by      text,
    primary key (agreement_id, version),
    constraint reviewed_has_submission check (status = 'DRAFT' or (submitted_by is not null and submitted_at is not null)),
    constraint published_has_publication check (status not in ('PUBLISHED', 'SUPERSEDED') or (published_by is not null and published_at is not null)),
    constraint superseded_has_supersession check (status <> 'SUPERSEDED' or (superseded_by is not null and superseded_at is not null and replaced_by is not null))
);
-- Exactly one version is in force at a time: publishing supersedes the previous one first.
create unique index agreement_version_one_in_force on partnership.agreement_version (status) where status = 'PUBLISHED';
create index agreement_version_drafted_at on partnership.agreement_version (drafted_at desc);

comment on table partnership.agreement_version is 'Every version of every partnership agreement (who is primary and supporting per situation, when police attend, timers, escalation), each stored whole. Drafts may be edited; published and superseded versions are never changed, so a past routing decision can always be explained by the version it used. Reference data, no personal data; keep forever.';
comment on column partnership.agreement_version.agreement_id is 'The agreement, e.g. national-rcrp; one agreement has many versions.';
comment on column partnership.agreement_version.version is 'The version, new for each agreement id, e.g. 2023-07-26. With agreement_id, the AgreementRef that routing decisions record.';
comment on column partnership.agreement_version.title is 'The agreement''s title, for pages.';
comment on column partnership.agreement_version.status is 'DRAFT, IN_REVIEW, PUBLISHED (in force; at most one) or SUPERSEDED (was in force).';
comment on column partnership.agreement_version.effective_from is 'The date the agreement says it takes effect, when it says one.';
comment on column partnership.agreement_version.yaml is 'The version exactly as imported or last edited (the export format).';
comment on column partnership.agreement_version.document is 'The version as parsed from the YAML (PartnershipAgreement as JSON, without a status: see the status column): what routing reads.';
comment on column partnership.agreement_version.drafted_by is 'Username of the administrator who imported the draft (system for the national agreement).';
comment on column partnership.agreement_version.drafted_at is 'When the draft was imported (UTC).';
comment on column partnership.agreement_version.edited_by is 'Username of the administrator who last changed the YAML.';
comment on column partnership.agreement_version.edited_at is 'When the YAML was last changed (UTC).';
comment on column partnership.agreement_version.submitted_by is 'Who submitted it for review; cleared when a version in review is edited again.';
comment on column partnership.agreement_version.submitted_at is 'When it was submitted for review (UTC).';
comment on column partnership.agreement_version.published_by is 'Who published it (put it in force).';
comment on column partnership.agreement_version.published_at is 'When it was published (UTC).';
comment on column partnership.agreement_version.superseded_by is 'Who published the version that replaced it.';
comment on column partnership.agreement_version.superseded_at is 'When it stopped being in force (UTC).';
comment on column partnership.agreement_version.replaced_by is 'The version that replaced it, as "<agreement_id> <version>".';

-- Published and superseded versions are never changed or deleted. The one change allowed is the
-- supersession of the version in force, which may set only status and the superseded_* columns.
create function partnership.guard_agreement_version() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status in ('PUBLISHED', 'SUPERSEDED') then
            raise exception 'partnership agreement % % is %: published and superseded versions are never deleted',
                old.agreement_id, old.version, old.status;
        end if;
        return old;
    end if;
    if old.status = 'SUPERSEDED' then
        raise exception 'partnership agreement % % is superseded: it is never changed', old.agreement_id, old.version;
    end if;
    if old.status = 'PUBLISHED' and (new.status <> 'SUPERSEDED'
            or (new.agreement_id, new.version, new.title, new.effective_from, new.yaml, new.document, new.drafted_by,
                new.drafted_at, new.edited_by, new.edited_at, new.submitted_by, new.submitted_at, new.published_by,
                new.published_at)
               is distinct from
               (old.agreement_id, old.version, old.title, old.effective_from, old.yaml, old.document, old.drafted_by,
                old.drafted_at, old.edited_by, old.edited_at, old.submitted_by, old.submitted_at, old.published_by,
                old.published_at)) then
        raise exception 'partnership agreement % % is published: it may only be superseded, never changed',
            old.agreement_id, old.version;
    end if;
    return new;
end $$;
create trigger agreement_version_published_unchanged before update or delete on partnership.agreement_version
    for each row execute function partnership.guard_agreement_version();
