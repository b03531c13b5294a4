// Draws a court's 三通报 for a month from the case register (seed 002): this
// month's hearing schedule (排庭), last month's head appearances (负责人出庭) and
// last month's effective judgments (生效裁判). Names and labels are copied
// into the snapshot, so a sent report reads the same later. Also finds the
// recipients: the legal-affairs office of the court's own region (主送) and,
// for a court hearing other regions' cases under 集中管辖, theirs (抄送).
import type { MonthlyReportContent } from '../../../shared/api/monthly-reports';
import {
  JUDGMENT_KIND_LABELS,
  JUDGMENT_RESULT_LABELS,
  type JudgmentResult,
} from '../../../shared/domain/cases/vocabulary';
import type { Db } from '../../db/client';
import { defendantsOf, dictionaryLabels } from '../cases/cases.queries';
import {
  appearancesOfCourt,
  type CourtOrg,
  effectiveJudgmentsOfCourt,
  hearingsOfCourt,
  jurisdictionRegionsOf,
  legalOfficesIn,
} from './monthly-reports.queries';
import { monthBounds, monthDays, previousMonth } from './report-month';

export async function drawReportContent(
  db: Db,
  court: CourtOrg,
  month: string,
  now: Date,
): Promise<MonthlyReportContent> {
  const previous = previousMonth(month);
  const thisMonth = monthBounds(month);
  const lastMonth = monthBounds(previous);
  const lastDays = monthDays(previous);
  const [hearingRows, appearanceRows, judgmentRows, labels] = await Promise.all([
    hearingsOfCourt(db, court.id, thisMonth.start, thisMonth.end),
    appearancesOfCourt(db, court.id, lastMonth.start, lastMonth.end),
    effectiveJudgmentsOfCourt(db, court.id, lastDays.first, lastDays.last),
    dictionaryLabels(db),
  ]);
  const caseIds = [...new Set([...hearingRows, ...judgmentRows].map((r) => r.caseId))];
  const defendants = new Map<string, string[]>();
  for (const d of await defendantsOf(db, caseIds)) {
    defendants.set(d.caseId, [...(defendants.get(d.caseId) ?? []), d.name]);
  }
  return {
    month,
    previousMonth: previous,
    drawnAt: now.toISOString(),
    hearings: hearingRows.map((h) => ({
      caseId: h.caseId,
      caseNumber: h.caseNumber,
      scheduledAt: h.scheduledAt.toISOString(),
      courtRoom: h.courtRoom,
      judge: h.judge,
      cause: labels.get(`cause:${h.causeCode}`) ?? h.causeCode,
      subject: h.subject,
      defendants: defendants.get(h.caseId) ?? [],
      isHeadRequested: h.isHeadRequested,
    })),
    appearances: appearanceRows.map((a) => {
      const isRecorded = a.appearanceEventId !== null;
      return {
        caseId: a.caseId,
        caseNumber: a.caseNumber,
        hearingAt: a.hearingAt.toISOString(),
        defendant: a.defendant,
        isRecorded,
        didHeadAppear: isRecorded ? a.didHeadAppear : null,
        personName: a.personName,
        personPost: a.personPost,
        countsAsHead: isRecorded ? a.countsAsHead : null,
        didSpeak: isRecorded ? a.didSpeak : null,
      };
    }),
    judgments: judgmentRows.map((j) => ({
      caseId: j.caseId,
      caseNumber: j.caseNumber,
      defendants: defendants.get(j.caseId) ?? [],
      kind: j.judgmentKind
        ? (JUDGMENT_KIND_LABELS[j.judgmentKind as keyof typeof JUDGMENT_KIND_LABELS] ?? j.judgmentKind)
        : '—',
      result: j.result ? (JUDGMENT_RESULT_LABELS[j.result as JudgmentResult] ?? j.result) : '—',
      isLost: j.isLost,
      effectiveOn: j.effectiveOn!,
    })),
  };
}

/** 主送 the legal-affairs office of the court's region; 抄送 those of the regions it hears. */
export async function reportRecipientsOf(
  db: Db,
  court: CourtOrg,
  month: string,
): Promise<{ organisationId: string; role: 'main' | 'copy' }[]> {
  const heard = await jurisdictionRegionsOf(db, court.id, `${month}-01`);
  const offices = await legalOfficesIn(db, [court.regionCode, ...heard]);
  return offices.map((o) => ({
    organisationId: o.id,
    role: o.regionCode === court.regionCode ? 'main' : 'copy',
  }));
}

/** The figures of a snapshot, for lists and the default narrative. */
export function countsOf(content: MonthlyReportContent) {
  return {
    hearings: content.hearings.length,
    appearances: content.appearances.length,
    headAppeared: content.appearances.filter((a) => a.didHeadAppear === true && a.countsAsHead === true)
      .length,
    judgments: content.judgments.length,
    lost: content.judgments.filter((j) => j.isLost === true).length,
  };
}

/** The narrative a draft starts with; the liaison edits it before sending. */
export function defaultNarrative(courtName: string, content: MonthlyReportContent): string {
  const c = countsOf(content);
  const label = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
  const rate = c.appearances > 0 ? `，出庭率${Math.round((c.headAppeared / c.appearances) * 100)}%` : '';
  const unrecorded = content.appearances.filter((a) => !a.isRecorded).length;
  return [
    `${label(content.month)}，${courtName}排定开庭的行政案件${c.hearings}件。`,
    `${label(content.previousMonth)}开庭的行政案件涉及被诉行政机关${c.appearances}家次，其中负责人出庭${c.headAppeared}家次${rate}`,
    unrecorded > 0 ? `（${unrecorded}家次尚未记录出庭情况）。` : '。',
    `${label(content.previousMonth)}生效裁判${c.judgments}件，其中行政机关败诉${c.lost}件。`,
  ].join('');
}
