-- Signed-in sessions in the database (Spring Session JDBC), so that every node of Sightline serves every
-- signed-in person: a load balancer may send each request to any node, and a node that stops takes no
-- one's session with it. The layout is Spring Session's own (schema-postgresql.sql), in the identity schema.
create table identity.spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on identity.spring_session (session_id);
create index spring_session_ix2 on identity.spring_session (expiry_time);
create index spring_session_ix3 on identity.spring_session (principal_name);

create table identity.spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references identity.spring_session (primary_id) on delete cascade
);

comment on table identity.spring_session is 'Signed-in sessions, shared by every node. A session ends after 30 minutes without a request (server.servlet.session.timeout) or at sign-out; expired rows are deleted every minute.';
comment on column identity.spring_session.primary_id is 'Internal key of the session row.';
comment on column identity.spring_session.session_id is 'The session''s identifier, as held in the person''s session cookie.';
comment on column identity.spring_session.creation_time is 'When the session began (milliseconds since 1970, UTC).';
comment on column identity.spring_session.last_access_time is 'When the session last served a request (milliseconds since 1970, UTC).';
comment on column identity.spring_session.max_inactive_interval is 'Seconds without a request after which the session ends.';
comment on column identity.spring_session.expiry_time is 'When the session ends unless used again (milliseconds since 1970, UTC).';
comment on column identity.spring_session.principal_name is 'The username signed in with this session.';
comment on table identity.spring_session_attributes is 'What a session holds between requests (who is signed in, the form token, a message to show after a redirect), serialised.';
comment on column identity.spring_session_attributes.session_primary_id is 'The session the value belongs to.';
comment on column identity.spring_session_attributes.attribute_name is 'The name of the value.';
comment on column identity.spring_session_attributes.attribute_bytes is 'The value, serialised by the application.';
