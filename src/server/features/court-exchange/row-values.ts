// Comparing and showing the values of a row: what counts as "the same" (an
// empty value is the same whether null, missing or blank) and how a changed
// value reads in the report (labels, not codes).
import {
  AGENT_KIND_LABELS,
  COURT_DECISION_LABELS,
  JUDGMENT_KIND_LABELS,
  JUDGMENT_RESULT_LABELS,
  LOSS_REASON_LABELS,
} from '../../../shared/domain/cases/vocabulary';

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  }
  return value;
}

/** A value as compared: null, undefined and '' are one empty value; object keys in order. */
export function canonical(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'null';
  return JSON.stringify(sorted(value));
}

const LABELS: Record<string, Record<string, string>> = {
  kind: JUDGMENT_KIND_LABELS,
  result: JUDGMENT_RESULT_LABELS,
  courtDecision: COURT_DECISION_LABELS,
  lossReasons: LOSS_REASON_LABELS,
};

export function displayValue(field: string, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field === 'agents' && Array.isArray(value)) {
    const agents = value as { name: string; kind: keyof typeof AGENT_KIND_LABELS }[];
    return agents.map((a) => `${a.name}（${AGENT_KIND_LABELS[a.kind] ?? a.kind}）`).join('、') || null;
  }
  const labels = LABELS[field];
  if (Array.isArray(value)) return value.map((v) => labels?.[String(v)] ?? String(v)).join('、') || null;
  return labels?.[String(value)] ?? String(value);
}
