-- The hearing time of a 考核 record is ISO 8601 in UTC ('2026-07-09T01:00:00.000Z'), as every instant
-- the API answers. Runs computed before the units' SQL wrote it so (isoInstantSql) hold PostgreSQL's
-- text of the timestamptz ('2026-07-09 01:00:00+00'), which always names its offset: rewrite those,
-- the same instant, so that every stored record reads the same way.
UPDATE "assessment_result_records"
SET "hearing_at" = to_char("hearing_at"::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
WHERE "hearing_at" IS NOT NULL AND "hearing_at" NOT LIKE '%Z';
