// One spreadsheet row → the row a court would send through the machine API
// (shared/api/court-exchange.ts), with every cell that cannot be read reported
// by its Chinese column name. Blank cells are left out: they keep what the
// register holds.
import type { RowError } from '../../api/court-exchange';
import {
  AGENT_KIND_LABELS,
  COURT_DECISION_LABELS,
  JUDGMENT_KIND_LABELS,
  JUDGMENT_RESULT_LABELS,
  LOSS_REASON_LABELS,
} from '../cases/vocabulary';
import {
  type CellValue,
  cellText,
  isBlankCell,
  type Parsed,
  parseChinaDateTime,
  parseChoice,
  parseDay,
  parseYesNo,
  splitList,
  toHalfWidth,
} from './cells';
import { columnOf, EXCHANGE_KEYS, type ExchangeKind } from './columns';

const RESULT_ALIASES: Record<
  string,
  typeof JUDGMENT_RESULT_LABELS extends Record<infer K, string> ? K : never
> = {
  驳回原告诉讼请求: 'dismiss-claims',
  判决驳回诉讼请求: 'dismiss-claims',
  撤销: 'revoke',
  部分撤销: 'revoke',
  撤销行政行为: 'revoke',
  责令重作: 'order-redo',
  责令重新作出: 'order-redo',
  撤销并责令重作: 'order-redo',
  确认违法: 'confirm-illegal',
  确认无效: 'confirm-void',
  判决履行: 'order-performance',
  责令履行法定职责: 'order-performance',
  变更: 'modify',
  给付: 'payment',
  赔偿: 'payment',
  行政赔偿: 'payment',
  撤诉: 'withdrawal-allowed',
  准许撤诉: 'withdrawal-allowed',
  驳回起诉: 'dismiss-suit',
  调解结案: 'mediated',
};
const KIND_ALIASES = {
  判决书: 'judgment',
  裁定书: 'ruling',
  调解书: 'mediation',
  行政判决书: 'judgment',
  行政裁定书: 'ruling',
  行政调解书: 'mediation',
} as const;
const LOSS_ALIASES = {
  事实不清: 'facts-unclear',
  证据不足: 'facts-unclear',
  主要证据不足: 'facts-unclear',
  程序违法: 'procedure',
  违反法定程序: 'procedure',
  不履行职责: 'nonperformance',
  不作为: 'nonperformance',
} as const;
const AGENT_ALIASES = {
  机关工作人员: 'staff',
  工作人员: 'staff',
  行政机关工作人员: 'staff',
  公职律师: 'lawyer',
  法律顾问: 'lawyer',
  执业律师: 'lawyer',
} as const;
const DECISION_ALIASES = {
  认可: 'accepted',
  准许: 'accepted',
  不认可: 'rejected',
  不予认可: 'rejected',
  不准许: 'rejected',
  待审查: 'pending',
  审查中: 'pending',
} as const;

const text = (value: CellValue): Parsed<string> => ({ ok: true, value: cellText(value) });

function parseAgents(value: CellValue): Parsed<{ name: string; kind: 'staff' | 'lawyer' }[]> {
  const agents: { name: string; kind: 'staff' | 'lawyer' }[] = [];
  for (const part of splitList(value)) {
    const match = /^(.+?)\s*\(\s*(.+?)\s*\)$/.exec(toHalfWidth(part));
    if (!match) {
      return {
        ok: false,
        message: `代理人“${part}”请在姓名后括注类别，如“张明（工作人员）”或“李华（律师）”`,
      };
    }
    const kind = parseChoice(match[2]!, AGENT_KIND_LABELS, AGENT_ALIASES);
    if (!kind.ok) return { ok: false, message: `代理人“${match[1]}”的类别${kind.message}` };
    agents.push({ name: match[1]!.trim(), kind: kind.value });
  }
  return { ok: true, value: agents };
}

function parseLossReasons(value: CellValue): Parsed<string[]> {
  const reasons = new Set<string>();
  // 事实不清、证据不足 is one reason whose label holds the separator: each half is an alias.
  for (const part of splitList(value)) {
    const reason = parseChoice(part, LOSS_REASON_LABELS, LOSS_ALIASES);
    if (!reason.ok) return reason;
    reasons.add(reason.value);
  }
  return { ok: true, value: [...reasons] };
}

const PARSERS: Record<string, (value: CellValue) => Parsed<unknown>> = {
  caseNumber: text,
  scheduledAt: parseChinaDateTime,
  courtRoom: text,
  judge: text,
  noticeReceivedOn: parseDay,
  isHeadRequested: parseYesNo,
  defendant: text,
  didHeadAppear: parseYesNo,
  personName: text,
  personPost: text,
  countsAsHead: parseYesNo,
  didSpeak: parseYesNo,
  agents: parseAgents,
  absenceExcuse: text,
  absenceProof: text,
  courtDecision: (v) => parseChoice(v, COURT_DECISION_LABELS, DECISION_ALIASES),
  kind: (v) => parseChoice(v, JUDGMENT_KIND_LABELS, KIND_ALIASES),
  result: (v) => parseChoice(v, JUDGMENT_RESULT_LABELS, RESULT_ALIASES),
  isLost: parseYesNo,
  lossReasons: parseLossReasons,
  servedOn: parseDay,
  requiresPerformance: parseYesNo,
  summary: text,
};

export interface SheetRow {
  isBlank: boolean;
  /** The row as the machine API would carry it; null when a cell could not be read. */
  row: Record<string, unknown> | null;
  /** The 案号 as written, for the report even when the row is rejected. */
  caseNumberText: string | null;
  errors: RowError[];
}

export function readSheetRow(
  kind: ExchangeKind,
  cells: readonly CellValue[],
  columns: Record<string, number>,
): SheetRow {
  const used = Object.entries(columns);
  if (used.every(([, index]) => isBlankCell(cells[index] ?? null))) {
    return { isBlank: true, row: null, caseNumberText: null, errors: [] };
  }
  const row: Record<string, unknown> = {};
  const errors: RowError[] = [];
  for (const [field, index] of used) {
    const value = cells[index] ?? null;
    if (isBlankCell(value)) continue;
    const parsed = PARSERS[field]!(value);
    if (parsed.ok) row[field] = parsed.value;
    else errors.push({ field, column: columnOf(kind, field), message: parsed.message });
  }
  for (const field of EXCHANGE_KEYS[kind]) {
    if (row[field] === undefined && !errors.some((e) => e.field === field)) {
      errors.push({ field, column: columnOf(kind, field), message: `请填写${columnOf(kind, field)}` });
    }
  }
  const caseNumberCell = columns.caseNumber === undefined ? null : (cells[columns.caseNumber] ?? null);
  return {
    isBlank: false,
    row: errors.length === 0 ? row : null,
    caseNumberText: cellText(caseNumberCell) || null,
    errors,
  };
}
