ALTER TABLE "litigation_cases" ADD COLUMN "next_open_due" date;--> statement-breakpoint
-- Fills next_open_due for the cases registered before the column existed: the earliest due date
-- among each case's open deadlines, in one set-based pass (projectCase keeps it from now on).
UPDATE "litigation_cases" c SET "next_open_due" = d.due
FROM (SELECT case_id, min(due) AS due FROM "case_deadlines" WHERE status = 'open' GROUP BY case_id) d
WHERE d.case_id = c.id;
--> statement-breakpoint
-- search_text is kept lower-cased from now on (a search is a LIKE of the lowered words): lower the
-- rows that hold capitals.
UPDATE "litigation_cases" SET "search_text" = lower("search_text") WHERE "search_text" <> lower("search_text");
