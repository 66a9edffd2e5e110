-- Sightline on an external PostgreSQL (15 or later): two roles, least privilege.
-- Run once as a superuser (psql -v owner_password=... -v app_password=... -f docs/database-roles.sql),
-- then start Sightline with
--   SPRING_DATASOURCE_URL=jdbc:postgresql://<host>:5432/sightline
--   SPRING_DATASOURCE_USERNAME=sightline_app   SPRING_DATASOURCE_PASSWORD=<app_password>
--   SPRING_FLYWAY_USER=sightline_owner         SPRING_FLYWAY_PASSWORD=<owner_password>
-- Flyway migrates as sightline_owner, which owns every schema; after each migration it grants
-- sightline_app what the application needs (src/main/resources/db/migration/afterMigrate.sql):
-- read and write on the operational tables, and only INSERT and SELECT on the audit log. The
-- application role is not a superuser and owns nothing, so it cannot TRUNCATE the audit log, ALTER
-- it, disable its triggers or set session_replication_role. If the runtime role has another name,
-- set SIGHTLINE_DATABASE_RUNTIME_ROLE to it.

create role sightline_owner login nosuperuser nocreaterole password :'owner_password';
create role sightline_app login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :'app_password';
create database sightline owner sightline_owner;
\connect sightline
-- the owner creates its schemas and the trusted extensions pg_trgm, fuzzystrmatch and unaccent
grant create on database sightline to sightline_owner;
-- PostgreSQL 15+: the public schema belongs to the database owner; Flyway's history and the scheduler's
-- table live there
grant usage, create on schema public to sightline_owner;
