-- Keys made with ./ioc key add (Dashboard.Web's own table; Ingestion applies every migration and reads the ingest keys).
-- A key is 32 random bytes, so it is stored as its SHA-256 (secret_sha256), never as itself: nothing in the table
-- lets a reader of the database call the API. unit_code limits the key to that unit's subtree; null for the province.
CREATE TABLE api_key (
    id            text PRIMARY KEY,
    name          text NOT NULL,
    purpose       text NOT NULL CHECK (purpose IN ('read', 'ingest')),
    unit_code     text,
    secret_sha256 bytea NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz
);
