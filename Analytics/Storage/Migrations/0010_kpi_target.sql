-- The province's targets as an administrator set them (Ingestion's table, written through PUT /api/v1/catalog/targets):
-- one row per target; a target without a row keeps the value of its environment variable (IOC_TARGET_*).
CREATE TABLE kpi_target (
    code       text PRIMARY KEY CHECK (code IN ('online_ratio', 'max_overdue_rate')),
    value      double precision NOT NULL CHECK (value >= 0 AND value <= 1),
    updated_at timestamptz NOT NULL DEFAULT now()
);
