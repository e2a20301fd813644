-- The supplement waits of a received dossier, for the dossier lists' "waiting for a supplement" standing at any T:
-- request and answer instants in turn (requested, supplemented, requested, …); an odd length means the last request
-- is still unanswered (or the dossier closed while waiting). Rows projected before this column have none until they
-- next change.
ALTER TABLE dossier ADD COLUMN supplement_waits timestamptz[] NOT NULL DEFAULT '{}';
