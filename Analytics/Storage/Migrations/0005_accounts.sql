-- The people who sign in to Dashboard.Web (its own table; Ingestion applies every migration). A leader sees the province
-- from its root, a head one unit and its subtree, an admin the province; unit_code is the highest unit the account sees.
-- failed_sign_ins counts wrong passwords in a row; the fifth locks the account until locked_until.
CREATE TABLE account (
    name            text PRIMARY KEY,
    role            text NOT NULL CHECK (role IN ('leader', 'head', 'admin')),
    unit_code       text NOT NULL,
    password_hash   text NOT NULL,
    failed_sign_ins integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    disabled_at     timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);
