-- People who signed in through the force's identity provider (single sign-on, sightline.sso), so that
-- the audit log names them as it names local accounts. Their roles are not kept: the provider's claims
-- and the force's role mapping decide them again at every sign-in.
create table identity.single_sign_on_person (
    username        text        primary key,
    display_name    text        not null,
    first_signed_in timestamptz not null,
    last_signed_in  timestamptz not null
);

comment on table identity.single_sign_on_person is 'People who signed in with the force''s identity provider (single sign-on), for naming them in the audit log. Review with accounts when staff leave; remove within 30 days.';
comment on column identity.single_sign_on_person.username is 'The username from the provider''s claim (sightline.sso.username-claim), as recorded in the audit log.';
comment on column identity.single_sign_on_person.display_name is 'The name from the provider''s claim (sightline.sso.display-name-claim) at the last sign-in.';
comment on column identity.single_sign_on_person.first_signed_in is 'When the person first signed in with single sign-on.';
comment on column identity.single_sign_on_person.last_signed_in is 'When the person last signed in with single sign-on.';
