// Courts and jurisdiction (管辖): which court a defendant agency's region sends its
// first-instance administrative cases to on a given date, the 法院代字 rules, and the
// rule that two mappings for one region and scope never overlap. Pure: the server runs it
// on the tables, the web runs it for hints.
//
// - ALL Art. 14: basic courts hear first-instance administrative cases; Art. 18 ¶1: the court
//   of the place of the agency that first acted.
// - ALL Art. 18 ¶2 (集中管辖): a higher court may have one court hear several regions' cases;
//   such a mapping is kept with its effective dates and the notice that set it (domain.md §1).
import { HIGH_COURT_CODES, SUPREME_COURT_CODE, WRONG_COURT_ABBREVIATIONS } from './case-number-tables';

export const COURT_LEVELS = ['supreme', 'high', 'intermediate', 'basic'] as const;
export type CourtLevel = (typeof COURT_LEVELS)[number];

export const COURT_LEVEL_LABELS: Record<CourtLevel, string> = {
  supreme: '最高人民法院',
  high: '高级人民法院',
  intermediate: '中级人民法院',
  basic: '基层人民法院',
};

export const CASE_SCOPES = ['administrative-first-instance'] as const;
export type CaseScope = (typeof CASE_SCOPES)[number];

export const CASE_SCOPE_LABELS: Record<CaseScope, string> = {
  'administrative-first-instance': '第一审行政案件',
};

/** A court as the proposal needs it. Dates 'YYYY-MM-DD'; obsoleteFrom is the first day no longer in use. */
export interface CourtForProposal {
  id: string;
  name: string;
  courtCode: string;
  level: CourtLevel;
  regionCode: string;
  effectiveFrom: string | null;
  obsoleteFrom: string | null;
}

/** A 集中管辖 mapping. effectiveTo is the last day in force (inclusive), null while in force. */
export interface JurisdictionMapping {
  id: string;
  courtId: string;
  regionCode: string;
  caseScope: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  basis: string;
}

export type CourtProposal =
  | {
      court: CourtForProposal;
      source: 'jurisdiction';
      mapping: JurisdictionMapping;
      reason: string;
    }
  | { court: CourtForProposal; source: 'region'; mapping: null; reason: string }
  | { court: null; source: null; mapping: JurisdictionMapping | null; reason: string };

export function isCourtInForce(
  court: Pick<CourtForProposal, 'effectiveFrom' | 'obsoleteFrom'>,
  date: string,
) {
  return (
    (court.effectiveFrom === null || court.effectiveFrom <= date) &&
    (court.obsoleteFrom === null || date < court.obsoleteFrom)
  );
}

export function isMappingInForce(
  mapping: Pick<JurisdictionMapping, 'effectiveFrom' | 'effectiveTo'>,
  date: string,
) {
  return mapping.effectiveFrom <= date && (mapping.effectiveTo === null || date <= mapping.effectiveTo);
}

/**
 * The court for a defendant's region on a filing date: the 集中管辖 mapping in force for the
 * region and scope if there is one, else the basic court of the region itself, else none with
 * the reason. Dates compare as 'YYYY-MM-DD' strings.
 */
export function proposeCourt(
  mappings: readonly JurisdictionMapping[],
  courts: readonly CourtForProposal[],
  regionCode: string,
  date: string,
  caseScope: CaseScope = 'administrative-first-instance',
): CourtProposal {
  const scopeText = CASE_SCOPE_LABELS[caseScope];
  // Overlaps are refused on entry; should two still be in force, the later decision wins.
  const mapping = mappings
    .filter((m) => m.regionCode === regionCode && m.caseScope === caseScope && isMappingInForce(m, date))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0))[0];
  if (mapping) {
    const court = courts.find((c) => c.id === mapping.courtId);
    if (!court || !isCourtInForce(court, date)) {
      return {
        court: null,
        source: null,
        mapping,
        reason:
          `行政区划 ${regionCode} 在 ${date} 的集中管辖安排指向的法院` +
          `${court ? `“${court.name}”当日不在使用期内` : '不存在'}，请核对管辖安排后人工选择法院`,
      };
    }
    const period = mapping.effectiveTo
      ? `${mapping.effectiveFrom}至${mapping.effectiveTo}`
      : `${mapping.effectiveFrom}起`;
    return {
      court,
      source: 'jurisdiction',
      mapping,
      reason:
        `依集中管辖安排（${period}），行政区划 ${regionCode} 的${scopeText}由${court.name}管辖` +
        `（行政诉讼法第十八条第二款）。依据：${mapping.basis}`,
    };
  }
  const local = courts
    .filter((c) => c.level === 'basic' && c.regionCode === regionCode && isCourtInForce(c, date))
    .sort((a, b) => (a.courtCode < b.courtCode ? -1 : a.courtCode > b.courtCode ? 1 : 0))[0];
  if (local) {
    return {
      court: local,
      source: 'region',
      mapping: null,
      reason:
        `行政区划 ${regionCode} 在 ${date} 没有集中管辖安排，由被告所在地的基层人民法院${local.name}管辖` +
        '（行政诉讼法第十四条、第十八条第一款）',
    };
  }
  return {
    court: null,
    source: null,
    mapping: null,
    reason: `行政区划 ${regionCode} 在 ${date} 既没有集中管辖安排，也没有本区划的基层人民法院记录，请人工选择法院`,
  };
}

/** Whether two periods (inclusive; null end = open) share at least one day. */
export function periodsOverlap(
  a: { effectiveFrom: string; effectiveTo: string | null },
  b: { effectiveFrom: string; effectiveTo: string | null },
): boolean {
  return (
    (b.effectiveTo === null || a.effectiveFrom <= b.effectiveTo) &&
    (a.effectiveTo === null || b.effectiveFrom <= a.effectiveTo)
  );
}

/** The first existing mapping of the same region and scope whose period overlaps the candidate's. */
export function findOverlappingMapping<T extends Omit<JurisdictionMapping, 'id' | 'courtId' | 'basis'>>(
  existing: readonly T[],
  candidate: Omit<JurisdictionMapping, 'id' | 'courtId' | 'basis'>,
): T | undefined {
  return existing.find(
    (m) =>
      m.regionCode === candidate.regionCode &&
      m.caseScope === candidate.caseScope &&
      periodsOverlap(m, candidate),
  );
}

const COURT_CODE_HINT =
  '应为“最高法”，或省级简称（如“浙”，高级法院），简称加2位数字为中级法院（如“浙08”），加4位数字为基层法院（如“浙0825”）';

/** The level a well-formed 法院代字 stands for (法〔2015〕137号 Art. 4–5), null when it is malformed. */
export function levelOfCourtCode(code: string): CourtLevel | null {
  return courtCodeProblem(code) === null ? levelByShape(code) : null;
}

function levelByShape(code: string): CourtLevel {
  if (code === SUPREME_COURT_CODE) return 'supreme';
  const digits = code.length - 1;
  return digits === 0 ? 'high' : digits === 2 ? 'intermediate' : 'basic';
}

/**
 * What is wrong with a 法院代字, in Chinese, or null when it is one parseCaseNumber accepts:
 * '最高法', a province abbreviation, + 2 digits (intermediate), + 4 digits (basic), no '00' pair.
 */
export function courtCodeProblem(code: string): string | null {
  if (code === '') return `请填写法院代字，${COURT_CODE_HINT}`;
  if (code === SUPREME_COURT_CODE) return null;
  if (code.startsWith('最高')) return '最高人民法院的法院代字为“最高法”，后面不带数字';
  const [first, ...rest] = [...code];
  const digits = rest.join('');
  if (!/^\d*$/.test(digits)) return `法院代字“${code}”格式有误：${COURT_CODE_HINT}`;
  if (/\d/.test(first!)) return `法院代字“${code}”缺少省级简称：数字前应有省级简称，如“浙${code}”`;
  const wrong = WRONG_COURT_ABBREVIATIONS[first!];
  if (wrong) return `“${first}”不是法院代字：${wrong.region}各级法院的法院代字以“${wrong.code}”开头`;
  if (!(first! in HIGH_COURT_CODES)) return `“${first}”不是有效的省级简称：${COURT_CODE_HINT}`;
  if (digits.length !== 0 && digits.length !== 2 && digits.length !== 4) {
    return `法院代字“${code}”有误：省级简称后应为2位数字（中级法院）或4位数字（基层法院），当前为${digits.length}位`;
  }
  if (digits.slice(0, 2) === '00' || digits.slice(2) === '00') {
    return `法院代字“${code}”有误：数字代码中的两位段不能为“00”`;
  }
  return null;
}

/** The mismatch between a 法院代字 and the level chosen for the court, or null. */
export function courtLevelProblem(code: string, level: CourtLevel): string | null {
  if (courtCodeProblem(code) !== null) return null;
  const implied = levelByShape(code);
  if (implied === level) return null;
  return `法院代字“${code}”是${COURT_LEVEL_LABELS[implied]}的代字，与所选层级“${COURT_LEVEL_LABELS[level]}”不符`;
}
