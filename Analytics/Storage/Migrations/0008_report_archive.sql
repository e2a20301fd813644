-- The report archive (Dashboard.Web's own table; Ingestion applies every migration): each report of an ended period,
-- by period code and unit, in revisions. A revision is stored only when its figures differ from the one before
-- (checksum of the figures JSON); the PDF is printed from the stored page the first time it is asked for, then kept.
-- sent_at/sent_by: an administrator's mark on the revision that went up the reporting chain ("đã gửi").
CREATE TABLE report_revision (
    period       text NOT NULL,
    unit_code    text NOT NULL,
    revision     integer NOT NULL,
    generated_at timestamptz NOT NULL,
    checksum     text NOT NULL,
    figures      jsonb NOT NULL,
    xlsx         bytea NOT NULL,
    html         text NOT NULL,
    pdf          bytea,
    sent_at      timestamptz,
    sent_by      text,
    PRIMARY KEY (period, unit_code, revision)
);
