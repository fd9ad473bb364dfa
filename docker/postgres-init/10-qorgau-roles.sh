#!/bin/sh
# Runs once, when the postgres container initialises an empty volume (docker-entrypoint-initdb.d).
# Two roles, neither a superuser:
#   qorgau_owner  owns the database and its schema: the `migrate` service connects as it.
#   qorgau_app    the API: reads and writes rows (SELECT, INSERT, UPDATE, DELETE; sequences for
#                 new ids). It cannot change the schema. Advisory locks need no grant.
# Tables that later migrations create get the same grants through default privileges.
set -eu
: "${QORGAU_OWNER_PASSWORD:?set QORGAU_OWNER_PASSWORD}"
: "${QORGAU_APP_PASSWORD:?set QORGAU_APP_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$QORGAU_OWNER_PASSWORD" -v app_password="$QORGAU_APP_PASSWORD" <<'SQL'
CREATE ROLE qorgau_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE qorgau_app LOGIN PASSWORD :'app_password';
-- C collation with a UTF-8 ctype: full-text search needs Cyrillic letters classified as letters.
CREATE DATABASE qorgau OWNER qorgau_owner TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8';
REVOKE ALL ON DATABASE qorgau FROM PUBLIC;
GRANT CONNECT ON DATABASE qorgau TO qorgau_app;
\connect qorgau
-- PostgreSQL 15+: schema public belongs to the database owner, and only it may create there.
GRANT USAGE ON SCHEMA public TO qorgau_app;
ALTER DEFAULT PRIVILEGES FOR ROLE qorgau_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO qorgau_app;
ALTER DEFAULT PRIVILEGES FOR ROLE qorgau_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO qorgau_app;
SQL
