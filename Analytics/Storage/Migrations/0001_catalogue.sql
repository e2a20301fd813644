-- Units (đơn vị): the province root, its departments (sở, ban, ngành) and communes (xã, phường, đặc khu).
CREATE TABLE unit (
    code        text PRIMARY KEY,
    name        text NOT NULL,
    parent_code text REFERENCES unit (code) DEFERRABLE INITIALLY DEFERRED,
    level       text NOT NULL CHECK (level IN ('province', 'department', 'commune')),
    unit_type   text,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX unit_parent_idx ON unit (parent_code);

-- Procedures (thủ tục hành chính) from the national TTHC database.
CREATE TABLE procedure (
    code                 text PRIMARY KEY,
    name                 text NOT NULL,
    field                text NOT NULL,
    level                text NOT NULL CHECK (level IN ('province', 'commune')),
    deadline_value       numeric NOT NULL CHECK (deadline_value >= 0),
    deadline_unit        text NOT NULL CHECK (deadline_unit IN ('working_days', 'days', 'hours')),
    online_level         text NOT NULL CHECK (online_level IN ('full', 'partial', 'none')),
    full_online_eligible boolean NOT NULL,
    has_fee              boolean NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX procedure_field_idx ON procedure (field);

-- The units that perform a procedure; used for service counts below the province.
CREATE TABLE procedure_unit (
    procedure_code text NOT NULL REFERENCES procedure (code) ON DELETE CASCADE,
    unit_code      text NOT NULL REFERENCES unit (code) ON DELETE CASCADE,
    PRIMARY KEY (procedure_code, unit_code)
);
CREATE INDEX procedure_unit_unit_idx ON procedure_unit (unit_code);
