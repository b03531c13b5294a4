// What the intake form says about a 案号 as the user types: the parts the
// parser recognised, or the Chinese sentences saying what is wrong.
import { type CaseNumberResult, parseCaseNumber } from '../../../shared/domain/case-number';

export interface CaseNumberFeedback {
  /** Problems that block saving; empty when the number can be registered. */
  problems: string[];
  /** The recognised parts, for the user to check against the court's notice. */
  parts: { label: string; value: string }[];
  parsed: CaseNumberResult;
}

export function caseNumberFeedback(value: string, currentYear?: number): CaseNumberFeedback {
  const parsed = parseCaseNumber(value, { currentYear });
  const problems = [...parsed.errors];
  if (parsed.valid && !parsed.administrative) {
    problems.push(`“${parsed.typeName}”不是行政案件类型，请核对案号`);
  }
  const parts: CaseNumberFeedback['parts'] = [];
  if (parsed.year !== null) parts.push({ label: '收案年度', value: String(parsed.year) });
  if (parsed.courtCode) parts.push({ label: '法院代字', value: parsed.courtCode });
  if (parsed.specialCode) parts.push({ label: '专门审判代字', value: parsed.specialCode });
  if (parsed.typeCode) {
    parts.push({ label: '类型', value: `${parsed.typeCode}（${parsed.typeName ?? '未知类型'}）` });
  }
  if (parsed.number !== null) {
    parts.push({ label: '案件编号', value: `${parsed.number}${parsed.suffix ? `之${parsed.suffix}` : ''}` });
  }
  return { problems, parts, parsed };
}
