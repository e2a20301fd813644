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

-- Current state of every dossier (one row per dossier), folded from all its events by the projector in Ingestion.
-- outcome: 'received', 'refused' (refused at reception, never received) or 'waiting' (no receipt yet).
-- change_seq orders changes so readers (Dashboard.Web) can follow them.
CREATE SEQUENCE dossier_change_seq;
CREATE TABLE dossier (
    code                 text PRIMARY KEY,
    outcome              text NOT NULL CHECK (outcome IN ('received', 'refused', 'waiting')),
    unit_code            text NOT NULL,
    procedure_code       text NOT NULL,
    channel              text,
    received_at          timestamptz,
    due_at               timestamptz,
    due_computed         boolean NOT NULL DEFAULT false,
    calendar_version     integer,
    effective_due_at     timestamptz,
    closed_at            timestamptz,
    closure              text,
    timeliness           text,
    supplement_requests  integer NOT NULL DEFAULT 0,
    late766_from         timestamptz,
    overdue_changes      date[] NOT NULL DEFAULT '{}',
    digitized_components boolean NOT NULL DEFAULT false,
    digitized_result     boolean NOT NULL DEFAULT false,
    paid_online          boolean NOT NULL DEFAULT false,
    rating               text,
    flags                text[] NOT NULL DEFAULT '{}',
    change_seq           bigint NOT NULL DEFAULT nextval('dossier_change_seq'),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_unit_idx ON dossier (unit_code);
CREATE INDEX dossier_change_idx ON dossier (change_seq);
CREATE INDEX dossier_open_idx ON dossier (effective_due_at) WHERE closed_at IS NULL AND outcome = 'received';

-- How far each projection has read the event log.
CREATE TABLE projection_checkpoint (
    name text PRIMARY KEY,
    seq  bigint NOT NULL
);

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
