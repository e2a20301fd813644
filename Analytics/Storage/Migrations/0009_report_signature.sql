-- What a unit's reports print in their header and signature block, as an administrator set it (Dashboard.Web's own
-- table; Ingestion applies every migration): the issuing office, who prepares the report, who signs it as head.
CREATE TABLE report_signature (
    unit_code      text PRIMARY KEY,
    issuing_office text NOT NULL DEFAULT '',
    preparer       text NOT NULL DEFAULT '',
    head           text NOT NULL DEFAULT '',
    updated_at     timestamptz NOT NULL DEFAULT now()
);
