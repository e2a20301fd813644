-- The append-only event log: every accepted dossier event, once (unique eventId).
CREATE TABLE dossier_event (
    seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id       text NOT NULL UNIQUE,
    dossier_code   text NOT NULL,
    type           text NOT NULL,
    occurred_at    timestamptz NOT NULL,
    unit_code      text NOT NULL,
    procedure_code text NOT NULL,
    body           jsonb NOT NULL,
    content_hash   bytea NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_event_dossier_idx ON dossier_event (dossier_code);

-- Current state of every dossier (one row per dossier), derived from its events.
CREATE TABLE dossier (
    code             text PRIMARY KEY,
    unit_code        text,
    procedure_code   text,
    channel          text,
    received_at      timestamptz,
    due_at           timestamptz,
    due_computed     boolean NOT NULL DEFAULT false,
    calendar_version integer,
    closed_at        timestamptz,
    closure          text,
    resolved_at      timestamptz,
    supplement_requests integer NOT NULL DEFAULT 0,
    waiting_since    timestamptz,
    state            jsonb NOT NULL DEFAULT '{}'::jsonb,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_unit_idx ON dossier (unit_code);
CREATE INDEX dossier_open_idx ON dossier (due_at) WHERE closed_at IS NULL;

-- Events that could not be accepted, with their reasons; replayable.
CREATE TABLE dead_letter (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    endpoint    text NOT NULL,
    event_id    text,
    body        jsonb NOT NULL,
    errors      text[] NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    replayed_at timestamptz
);
CREATE INDEX dead_letter_open_idx ON dead_letter (received_at) WHERE replayed_at IS NULL;
