// Synthetic 司法建议: after the cases, about one judged first-instance case in
// thirty gets a judicial suggestion from its court to its defendant agency, as
// the register would hold it (suggestions.ts, issue-suggestion.ts): numbered
// 法院代字法建〔年〕n号 per court and year, copied to the county's legal-affairs
// office (seed 000), due two months after service (法释〔2023〕11号) as the
// register's period engine computes it (synth_deadline_table, loaded by the
// caller: the last day moved off holidays, the explanation, steps and
// warnings), and answered: about 70% on time, 15% late, 15% never (or not
// yet); adopted 70%, in part 20%, not adopted 10%. One set-based pass, so the
// 司法建议反馈率 and 采纳率 have data at any scale without leaving the ten-minute
// budget.
import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../db/client';
import { SUGGESTION_REPLY } from './synth-deadlines';

/** Share of judged first-instance cases that get a judicial suggestion. */
export const SUGGESTION_SHARE = 1 / 30;

const ADOPTION = `CASE WHEN r_adopt < 0.7 THEN 'adopted' WHEN r_adopt < 0.9 THEN 'partly' ELSE 'not-adopted' END`;

export async function insertSuggestions(tx: Db, options: { now: Date; today: string }): Promise<number> {
  const { now, today } = options;
  await tx.execute(sql`
    CREATE TEMP TABLE synth_suggestions ON COMMIT DROP AS
    WITH picked AS (
      SELECT c.id AS case_id, c.court_id, c.judgment_served_on, d.organisation_id AS addressee_id,
        random() AS r_issue, random() AS r_reply, random() AS r_adopt, random() AS r_when
      FROM litigation_cases c
      JOIN case_defendants d ON d.case_id = c.id AND d.sort_order = 0
      WHERE c.instance = 'first' AND c.judgment_served_on IS NOT NULL
        AND c.judgment_served_on <= ${today}::date - 5
        AND random() < ${SUGGESTION_SHARE}
    ), dated AS (
      SELECT p.*, least(p.judgment_served_on + (3 + floor(p.r_issue * 40))::int, ${today}::date - 2) AS issued_on
      FROM picked p
    ), due AS (
      SELECT t.*, t.issued_on + 2 AS served_on, r.kind AS due_rule_id, r.due AS due_on,
        r.explanation AS due_explanation, r.steps AS due_steps, r.warnings AS due_warnings
      FROM dated t
      LEFT JOIN synth_deadline_table r ON r.kind = ${SUGGESTION_REPLY} AND r.base = t.issued_on + 2
    )
    SELECT gen_random_uuid() AS id, u.*, court.name AS court_name, k.court_code,
      addressee.name AS addressee_name, office.id AS office_id, office.name AS office_name,
      extract(year FROM u.issued_on)::int AS year,
      row_number() OVER (PARTITION BY u.court_id, extract(year FROM u.issued_on) ORDER BY u.issued_on, u.case_id)::int AS sequence,
      CASE
        WHEN u.r_reply < 0.70 THEN u.served_on + (5 + floor(u.r_when * (u.due_on - u.served_on - 5)))::int
        WHEN u.r_reply < 0.85 THEN u.due_on + (1 + floor(u.r_when * 40))::int
      END AS planned_reply_on
    FROM due u
    JOIN organisations court ON court.id = u.court_id
    JOIN courts k ON k.organisation_id = u.court_id
    JOIN organisations addressee ON addressee.id = u.addressee_id
    LEFT JOIN organisations office ON office.parent_id = addressee.parent_id AND office.kind = 'legal-office'`);
  // A reply planned for after today has not come yet.
  await tx.execute(sql`ALTER TABLE synth_suggestions ADD COLUMN replied_on date`);
  await tx.execute(
    sql`UPDATE synth_suggestions SET replied_on = planned_reply_on WHERE planned_reply_on <= ${today}::date`,
  );
  await tx.execute(sql`
    INSERT INTO suggestions (id, kind, origin, issuer_org_id, issuer_name, registered_org_id, year, sequence,
      document_number, number_key, case_id, addressee_org_id, title, content, issued_on, served_on,
      concerns_normative_document, due_on, due_rule_id, due_explanation, due_steps, due_warnings,
      replied_on, reply_content, adoption, rectification_measures, rectified_on, replied_at,
      created_at, updated_at)
    SELECT id, 'judicial', 'issued', court_id, court_name, court_id, year, sequence,
      court_code || '法建〔' || year || '〕' || sequence || '号',
      court_code || '法建〔' || year || '〕' || sequence || '号',
      case_id, addressee_id, '关于规范' || addressee_name || '行政执法工作的司法建议',
      '本院在审理有关行政案件中发现，' || addressee_name || '在执法程序、证据收集和文书制作方面存在不规范之处，建议予以整改。',
      issued_on, served_on, false, due_on, due_rule_id, due_explanation, due_steps, due_warnings,
      replied_on,
      CASE WHEN replied_on IS NOT NULL THEN '我单位已研究贵院司法建议，' ||
        CASE ${sql.raw(ADOPTION)} WHEN 'adopted' THEN '全部采纳' WHEN 'partly' THEN '部分采纳' ELSE '经研究暂不采纳' END || '。' END,
      CASE WHEN replied_on IS NOT NULL THEN ${sql.raw(ADOPTION)} END,
      CASE WHEN replied_on IS NOT NULL AND r_adopt < 0.9 THEN '完善执法程序规定，开展专题培训。' END,
      CASE WHEN replied_on IS NOT NULL AND r_adopt < 0.5 AND replied_on + 30 <= ${today}::date THEN replied_on + 30 END,
      CASE WHEN replied_on IS NOT NULL THEN (replied_on + time '16:00') AT TIME ZONE 'Asia/Shanghai' END,
      ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    FROM synth_suggestions`);
  await tx.execute(sql`
    INSERT INTO suggestion_copies (suggestion_id, organisation_id, is_automatic)
    SELECT id, office_id, true FROM synth_suggestions WHERE office_id IS NOT NULL`);
  await tx.execute(sql`
    INSERT INTO suggestion_events (suggestion_id, type, occurred_at, actor_name, actor_org_name, payload)
    SELECT id, 'issued', (issued_on + time '10:00') AT TIME ZONE 'Asia/Shanghai', '合成数据', court_name,
      jsonb_build_object('kind', 'judicial', 'origin', 'issued',
        'documentNumber', court_code || '法建〔' || year || '〕' || sequence || '号', 'issuer', court_name,
        'addressee', addressee_name, 'copies', CASE WHEN office_name IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(office_name) END,
        'dueOn', due_on, 'caseId', case_id)
    FROM synth_suggestions
    UNION ALL
    SELECT id, 'replied', (replied_on + time '16:00') AT TIME ZONE 'Asia/Shanghai', '合成数据', addressee_name,
      jsonb_build_object('repliedOn', replied_on, 'adoption', ${sql.raw(ADOPTION)}, 'adoptionReason', NULL,
        'rectificationMeasures', CASE WHEN r_adopt < 0.9 THEN '完善执法程序规定，开展专题培训。' END,
        'rectifiedOn', CASE WHEN r_adopt < 0.5 AND replied_on + 30 <= ${today}::date THEN replied_on + 30 END,
        'dueOn', due_on, 'isOnTime', replied_on <= due_on)
    FROM synth_suggestions WHERE replied_on IS NOT NULL`);
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(sql`SELECT count(*)::int AS n FROM synth_suggestions`),
  );
  return row?.n ?? 0;
}
