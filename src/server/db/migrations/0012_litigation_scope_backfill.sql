-- Fills litigation_cases.scope_org_ids for the cases registered before the column existed:
-- the ids along the path of every defendant and of the court. One set-based statement, so
-- that a register of a million cases is filled in one pass; on an empty register it does nothing.
UPDATE litigation_cases c SET scope_org_ids = s.ids
FROM (
  SELECT k.case_id, array_agg(DISTINCT k.org_id) AS ids
  FROM (
    SELECT d.case_id, unnest(string_to_array(trim(BOTH '/' FROM d.org_path), '/'))::uuid AS org_id
    FROM case_defendants d
    UNION ALL
    SELECT lc.id, unnest(string_to_array(trim(BOTH '/' FROM o.path), '/'))::uuid
    FROM litigation_cases lc JOIN organisations o ON o.id = lc.court_id
  ) k
  GROUP BY k.case_id
) s
WHERE s.case_id = c.id;
