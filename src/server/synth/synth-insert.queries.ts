// Set-based inserts of one planned batch (synth_plan) into the case register's
// tables, written as the register itself would have left them: the case row
// projected from its events, defendants with their tree path, parties, the
// events of every step (the case page's timeline), hearings and appearances,
// and the deadlines derived from the steps: the period engine's own (due date moved
// off holidays, explanation, steps, warnings), read from synth_deadline_table.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { GIVEN_NAMES, SURNAMES, textArray } from './synth-vocabulary';

const STAGES = [
  'registered',
  'defending',
  'pending-hearing',
  'in-trial',
  'judged',
  'appealed',
  'effective',
  'performed',
  'closed',
];
const at = (day: string) => sql.raw(`((${day}) + time '10:00') AT TIME ZONE 'Asia/Shanghai'`);
const hearingAt = sql.raw(`((hearing_on + time '09:30') AT TIME ZONE 'Asia/Shanghai')`);
const headName = sql`(${textArray(SURNAMES)}::text[])[1 + (h / 17) % ${SURNAMES.length}] || (${textArray(GIVEN_NAMES)}::text[])[1 + (h / 19) % ${GIVEN_NAMES.length}] || (${textArray(GIVEN_NAMES)}::text[])[1 + (h / 23) % ${GIVEN_NAMES.length}]`;
const staffName = sql`(${textArray(SURNAMES)}::text[])[1 + (h / 29) % ${SURNAMES.length}] || (${textArray(GIVEN_NAMES)}::text[])[1 + (h / 31) % ${GIVEN_NAMES.length}]`;
const headPost = sql.raw(`CASE WHEN r3 < 0.3 THEN '局长' ELSE '副局长' END`);

export async function insertBatchCases(tx: Db, options: { now: Date }) {
  await tx.execute(sql`
    INSERT INTO litigation_cases (id, case_number, case_number_raw, court_id, type_code, instance, dispute_id,
      cause_code, domain_code, subject, claims, is_major_sensitive, is_mass, is_enterprise, is_debt, filed_on,
      service_date, service_manner, stage, designated_head, next_hearing_at, next_open_due, judgment_kind, result, is_lost,
      loss_reasons, judgment_served_on, effective_on, requires_performance, performed_on, search_text,
      scope_org_ids, created_at, updated_at)
    SELECT id, case_number, case_number, case_court_id, type_code, CASE WHEN is_second THEN 'second' ELSE 'first' END, id,
      cause_code, domain_code, subject, '请求撤销' || subject, r8 > 0.98, r8 BETWEEN 0.5 AND 0.52, plaintiff_is_org, r6 > 0.97, filed_on,
      served_on, CASE WHEN served_on IS NULL THEN NULL WHEN r2 < 0.5 THEN 'direct' ELSE 'mail' END,
      (${textArray(STAGES)}::text[])[lvl + 1],
      CASE WHEN has_head THEN jsonb_build_object('name', ${headName}, 'post', ${headPost}, 'countsAsHead', true) END,
      CASE WHEN lvl = 2 THEN ${hearingAt} END,
      (SELECT min(d.due) FROM ${deadlineRows} WHERE d.done_on IS NULL),
      judgment_kind, result, is_lost,
      CASE WHEN is_lost THEN ARRAY[(ARRAY['facts-unclear', 'procedure', 'wrong-law', 'nonperformance'])[1 + floor(r1 * 4)::int]]
           WHEN lvl >= 4 THEN '{}'::text[] END,
      judged_on, effective_on,
      CASE WHEN lvl >= 4 THEN requires_performance END,
      CASE WHEN lvl = 7 THEN effective_on + 5 + floor(r4 * 50)::int END,
      lower(case_number || ' ' || subject || ' ' || plaintiff || coalesce(' ' || third_party, '') || ' ' || agency_name
        || CASE WHEN has_co_defendant THEN ' ' || gov_name ELSE '' END),
      -- The ids along the agency's path (its government, the co-defendant, is one of them) and the court's.
      ARRAY(SELECT DISTINCT x::uuid FROM unnest(string_to_array(trim(BOTH '/' FROM agency_path) || '/'
        || trim(BOTH '/' FROM (SELECT o.path FROM organisations o WHERE o.id = case_court_id)), '/')) AS x),
      ${at('filed_on')}, ${options.now.toISOString()}::timestamptz
    FROM synth_plan p`);
  await tx.execute(sql`
    INSERT INTO case_defendants (case_id, organisation_id, org_path, is_reconsideration_body, sort_order)
    SELECT id, agency_id, agency_path, false, 0 FROM synth_plan
    UNION ALL
    SELECT p.id, o.id, o.path, true, 1 FROM synth_plan p JOIN organisations o ON o.id = (
      SELECT parent_id FROM organisations WHERE id = p.agency_id) WHERE p.has_co_defendant`);
  await tx.execute(sql`
    INSERT INTO case_parties (case_id, role, kind, name, sort_order)
    SELECT id, 'plaintiff', CASE WHEN plaintiff_is_org THEN 'organisation' ELSE 'person' END, plaintiff, 0 FROM synth_plan
    UNION ALL
    SELECT id, 'third-party', 'person', third_party, 1 FROM synth_plan WHERE third_party IS NOT NULL`);
}

export async function insertBatchEvents(tx: Db) {
  const hearingIso = sql.raw(`to_char(hearing_on, 'YYYY-MM-DD') || 'T09:30:00+08:00'`);
  await tx.execute(sql`
    INSERT INTO case_events (id, case_id, type, occurred_on, payload, recorded_by_name, recorded_org_id, recorded_at)
    SELECT p.ev + e.slot, p.id, e.type, e.occurred_on, e.payload, '合成数据', p.office_id,
      ${at('coalesce(e.occurred_on, p.filed_on + 1)')}
    FROM synth_plan p
    CROSS JOIN LATERAL (VALUES
      (0, 'registered', NULL::date, jsonb_build_object('caseNumber', p.case_number, 'courtId', p.case_court_id,
        'previousCaseId', NULL, 'causeCode', p.cause_code, 'domainCode', p.domain_code, 'subject', p.subject,
        'claims', '请求撤销' || p.subject, 'filedOn', p.filed_on, 'isMajorSensitive', p.r8 > 0.98,
        'isMass', p.r8 BETWEEN 0.5 AND 0.52, 'isEnterprise', p.plaintiff_is_org, 'isDebt', p.r6 > 0.97,
        'defendants', jsonb_build_array(jsonb_build_object('organisationId', p.agency_id, 'isReconsiderationBody', false)),
        'plaintiffs', jsonb_build_array(jsonb_build_object('kind', CASE WHEN p.plaintiff_is_org THEN 'organisation' ELSE 'person' END,
          'name', p.plaintiff, 'idNumber', NULL, 'uscc', NULL)),
        'thirdParties', '[]'::jsonb), true),
      (1, 'service-recorded', p.served_on, jsonb_build_object('servedOn', p.served_on,
        'manner', CASE WHEN p.r2 < 0.5 THEN 'direct' ELSE 'mail' END, 'signedBy', NULL), p.lvl >= 1),
      (2, 'head-designated', NULL, jsonb_build_object('name', ${headName}, 'post', ${headPost}, 'countsAsHead', true,
        'note', NULL), p.has_head),
      (3, 'defence-submitted', p.served_on + 12, jsonb_build_object('submittedOn', p.served_on + 12,
        'evidenceCount', 3 + p.h % 9, 'note', NULL), p.lvl >= 2),
      (4, 'reported-to-office', p.reported_on, jsonb_build_object('reportedOn', p.reported_on, 'note', NULL),
        p.reported_on IS NOT NULL),
      (5, 'hearing-scheduled', NULL, jsonb_build_object('scheduledAt', ${hearingIso}, 'courtRoom', '第一法庭',
        'judge', NULL, 'noticeReceivedOn', NULL, 'isHeadRequested', p.head_requested), p.lvl >= 2),
      (6, 'appearance-recorded', p.hearing_on, jsonb_build_object('hearingEventId', p.ev + 5,
        'defendantOrgId', p.agency_id, 'didHeadAppear', p.head_appeared,
        'personName', CASE WHEN p.head_appeared THEN ${headName} END,
        'personPost', CASE WHEN p.head_appeared THEN ${headPost} END,
        'countsAsHead', p.head_appeared, 'didSpeak', p.head_appeared AND p.r6 < 0.8,
        'agents', jsonb_build_array(jsonb_build_object('name', ${staffName}, 'kind', 'staff')),
        'absenceExcuse', CASE WHEN NOT p.head_appeared THEN '因突发公务不能出庭' END,
        'absenceProof', CASE WHEN NOT p.head_appeared THEN '情况说明' END,
        'courtDecision', CASE WHEN NOT p.head_appeared THEN 'accepted' END), p.lvl >= 3),
      (7, 'judgment-recorded', p.judged_on, jsonb_build_object('kind', p.judgment_kind, 'result', p.result,
        'isLost', p.is_lost, 'lossReasons', CASE WHEN p.is_lost THEN jsonb_build_array('facts-unclear') ELSE '[]'::jsonb END,
        'servedOn', p.judged_on, 'requiresPerformance', p.requires_performance, 'summary', NULL), p.lvl >= 4),
      (8, 'judgment-filed', p.judgment_filed_on, jsonb_build_object('filedOn', p.judgment_filed_on, 'note', NULL),
        p.judgment_filed_on IS NOT NULL),
      (9, 'appeal-recorded', p.judged_on + 5, jsonb_build_object('filedOn', p.judged_on + 5,
        'appellant', CASE WHEN p.is_lost THEN 'agency' ELSE 'plaintiff' END, 'note', NULL), p.lvl = 5),
      (10, 'effective-marked', p.effective_on, jsonb_build_object('effectiveOn', p.effective_on), p.lvl >= 6),
      (11, 'performance-recorded', p.effective_on + 5 + floor(p.r4 * 50)::int, jsonb_build_object(
        'performedOn', p.effective_on + 5 + floor(p.r4 * 50)::int, 'description', '已按生效裁判重新作出决定',
        'proof', NULL), p.lvl = 7),
      (12, 'loss-analysis-written', NULL, jsonb_build_object('analysis', '执法程序不规范，证据收集不充分',
        'measures', '组织执法人员培训，完善证据收集规范', 'accountability', NULL), p.lvl >= 6 AND p.is_lost AND p.r3 < 0.8)
    ) AS e(slot, type, occurred_on, payload, wanted)
    WHERE e.wanted`);
}

export async function insertBatchHearings(tx: Db) {
  await tx.execute(sql`
    INSERT INTO hearings (event_id, case_id, scheduled_at, court_room, is_head_requested, status)
    SELECT ev + 5, id, ${hearingAt}, '第一法庭', head_requested, CASE WHEN lvl = 2 THEN 'scheduled' ELSE 'held' END
    FROM synth_plan WHERE lvl >= 2`);
  await tx.execute(sql`
    INSERT INTO appearances (hearing_event_id, defendant_org_id, case_id, did_head_appear, person_name, person_post,
      counts_as_head, did_speak, agents, absence_excuse, absence_proof, court_decision, event_id)
    SELECT ev + 5, agency_id, id, head_appeared,
      CASE WHEN head_appeared THEN ${headName} END, CASE WHEN head_appeared THEN ${headPost} END,
      head_appeared, head_appeared AND r6 < 0.8,
      jsonb_build_array(jsonb_build_object('name', ${staffName}, 'kind', 'staff')),
      CASE WHEN NOT head_appeared THEN '因突发公务不能出庭' END, CASE WHEN NOT head_appeared THEN '情况说明' END,
      CASE WHEN NOT head_appeared THEN 'accepted' END, ev + 6
    FROM synth_plan WHERE lvl >= 3`);
}

/**
 * The deadlines of a planned case (synth_plan p), one row each, as the engine computed them for
 * their rule and day (synth_deadline_table): done when done_on is set. The deadlines and the
 * case's next_open_due (the earliest not done) are both read from it. A day missing from the
 * table leaves the row's rule empty, which the insert into case_deadlines refuses.
 */
const deadlineRows = sql`(
    SELECT v.kind AS rule_id, t.rule_version, t.title, v.trigger_slot, t.trigger_date, t.due, t.explanation,
      t.steps, t.warnings, v.done_on, v.done_slot
    FROM (VALUES
      ('litigation.defence', p.served_on, 1, CASE WHEN p.lvl >= 2 THEN p.served_on + 12 END, 3, p.lvl >= 1),
      -- Its trigger is the defence deadline's due date; its trigger event, as projectCase keeps it, the service.
      ('local.litigation.report-to-office', p.served_on, 1, p.reported_on, 4, p.lvl >= 1),
      (CASE WHEN p.judgment_kind = 'ruling' THEN 'litigation.appeal.ruling' ELSE 'litigation.appeal.judgment' END,
        p.judged_on, 7, CASE WHEN p.lvl = 5 THEN p.judged_on + 5 WHEN p.lvl >= 6 THEN p.effective_on END,
        CASE WHEN p.lvl = 5 THEN 9 ELSE 10 END, p.lvl >= 4),
      ('local.judgment.filing', p.judged_on, 7, p.judgment_filed_on, 8, p.lvl >= 4)
    ) AS v(kind, base, trigger_slot, done_on, done_slot, wanted)
    LEFT JOIN synth_deadline_table t ON t.kind = v.kind AND t.base = v.base
    WHERE v.wanted
  ) AS d`;

export async function insertBatchDeadlines(tx: Db, options: { now: Date }) {
  await tx.execute(sql`
    INSERT INTO case_deadlines (case_id, rule_id, rule_version, title, trigger_event_id, trigger_date, due,
      explanation, steps, warnings, responsible_org_id, status, done_event_id, done_on, created_at)
    SELECT p.id, d.rule_id, d.rule_version, d.title, p.ev + d.trigger_slot, d.trigger_date, d.due,
      d.explanation, d.steps, d.warnings, p.agency_id,
      CASE WHEN d.done_on IS NULL THEN 'open' ELSE 'done' END,
      CASE WHEN d.done_on IS NULL THEN NULL ELSE p.ev + d.done_slot END, d.done_on, ${options.now.toISOString()}::timestamptz
    FROM synth_plan p
    CROSS JOIN LATERAL ${deadlineRows}`);
}
