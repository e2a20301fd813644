-- Every change an operator or an administrator makes to accounts and keys (Dashboard.Web's own table): who, when,
-- what, and the subject's state before and after it as JSON. Never a password, a password hash or a key.
CREATE TABLE audit_entry (
    id      bigserial PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT now(),
    actor   text NOT NULL,
    action  text NOT NULL,
    subject text NOT NULL,
    before  jsonb,
    after   jsonb
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC);
