// What one row of court data would do to the register: create a step event,
// correct the earlier one (updated), nothing (unchanged), or nothing because it
// is wrong (rejected, with the column and the reason). Pure over the loaded
// cases, so that the dry run and the apply decide alike; the caller carries
// out the plan (in memory for the dry run, as events for the apply) and the
// next row sees it.
import { CASE_STEPS } from '../../../shared/api/case-steps';
import type { RowChange, RowError } from '../../../shared/api/court-exchange';
import { parseCaseNumber } from '../../../shared/domain/case-number';
import { foldCase, type StoredEvent } from '../../../shared/domain/cases/fold-case';
import {
  CASE_EVENT_LABELS,
  CASE_STAGE_LABELS,
  type CaseStepType,
} from '../../../shared/domain/cases/vocabulary';
import { chinaDate, chinaDateTime, chinaIso } from '../../../shared/domain/china-time';
import { labelKey, parseChinaDateTime } from '../../../shared/domain/court-exchange/cells';
import {
  columnOf,
  EXCHANGE_COLUMNS,
  EXCHANGE_KEYS,
  type ExchangeKind,
  type RowOutcome,
} from '../../../shared/domain/court-exchange/columns';
import { AppError } from '../../http/errors';
import type { CaseRow } from '../cases/cases.queries';
import { checkStepDates } from '../cases/check-step';
import { isStepAllowed } from './court-exchange.policy';
import { canonical, displayValue } from './row-values';

export interface CaseContext {
  caseRow: CaseRow;
  events: StoredEvent[];
  defendants: { id: string; name: string }[];
}

export interface EvaluationScope {
  kind: ExchangeKind;
  now: Date;
  /** 法院代字 of the courts the caller speaks for. */
  courtCodes: ReadonlySet<string>;
  casesByNumber: ReadonlyMap<string, CaseContext>;
  /** Keys seen earlier in this batch → their row number. */
  seenKeys: Map<string, number>;
}

export type Plan =
  | { action: 'create'; type: CaseStepType; payload: Record<string, unknown> }
  | { action: 'correct'; targetEventId: number; payload: Record<string, unknown> };

export interface Evaluation {
  outcome: RowOutcome;
  caseNumber: string | null;
  caseId: string | null;
  keyLabel: string | null;
  errors: RowError[];
  changes: RowChange[] | null;
  plan: Plan | null;
}

const STEP_OF: Record<ExchangeKind, CaseStepType> = {
  hearings: 'hearing-scheduled',
  appearances: 'appearance-recorded',
  judgments: 'judgment-recorded',
};
const KEY_FIELDS = new Set(['caseNumber', 'scheduledAt', 'defendant', 'hearingEventId', 'defendantOrgId']);

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A hearing time as sent: ISO 8601 with an offset, or China wall-clock text. */
export function normaliseHearingTime(value: string): { iso: string; instant: number } | { error: string } {
  if (ISO_WITH_OFFSET.test(value.trim())) {
    const instant = Date.parse(value.trim());
    if (!Number.isNaN(instant)) return { iso: chinaIso(instant), instant };
  }
  const parsed = parseChinaDateTime(value);
  if (!parsed.ok) return { error: parsed.message };
  const instant = Date.parse(parsed.value);
  return { iso: chinaIso(instant), instant };
}

function rejected(base: Partial<Evaluation>, errors: RowError[]): Evaluation {
  return {
    outcome: 'rejected',
    caseNumber: base.caseNumber ?? null,
    caseId: base.caseId ?? null,
    keyLabel: base.keyLabel ?? null,
    errors,
    changes: null,
    plan: null,
  };
}

function withoutEmpty(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).filter(([key, v]) => !KEY_FIELDS.has(key) && v !== undefined && v !== null),
  );
}

export function evaluateRow(
  scope: EvaluationScope,
  rowNumber: number,
  row: Record<string, unknown>,
): Evaluation {
  const { kind } = scope;
  const error = (field: string, message: string): RowError => ({
    field,
    column: columnOf(kind, field),
    message,
  });
  const rawNumber = String(row.caseNumber ?? '');
  const parsed = parseCaseNumber(rawNumber, {
    currentYear: Number(chinaDate(scope.now).slice(0, 4)),
  });
  if (!parsed.valid || !parsed.normalized) {
    return rejected({ caseNumber: rawNumber || null }, [error('caseNumber', parsed.errors[0] ?? '案号无效')]);
  }
  const caseNumber = parsed.normalized;
  if (!scope.courtCodes.has(parsed.courtCode!)) {
    const own = [...scope.courtCodes].join('、');
    return rejected({ caseNumber }, [
      error(
        'caseNumber',
        `案号中的法院代字“${parsed.courtCode}”不是本院代字（${own}），不能报送其他法院的案件`,
      ),
    ]);
  }
  const context = scope.casesByNumber.get(caseNumber);
  if (!context) return rejected({ caseNumber }, [error('caseNumber', '案号未登记，请协调员先登记')]);
  const base = { caseNumber, caseId: context.caseRow.id, keyLabel: caseNumber };
  const state = foldCase(context.events);
  const type = STEP_OF[kind];

  // The key: which earlier record, if any, this row is about.
  let keyParts = [context.caseRow.id];
  let existing: Record<string, unknown> | null = null;
  let fixed: Record<string, unknown> = {};
  if (kind === 'hearings' || kind === 'appearances') {
    const time = normaliseHearingTime(String(row.scheduledAt ?? ''));
    if ('error' in time) return rejected(base, [error('scheduledAt', time.error)]);
    base.keyLabel = `${caseNumber} / ${chinaDateTime(time.instant)}`;
    keyParts.push(String(time.instant));
    const hearing = state.hearings.find(
      (h) => h.status !== 'cancelled' && Date.parse(h.scheduledAt) === time.instant,
    );
    if (kind === 'hearings') {
      existing = (hearing as unknown as Record<string, unknown>) ?? null;
      fixed = { scheduledAt: hearing?.scheduledAt ?? time.iso };
    } else {
      const name = String(row.defendant ?? '');
      base.keyLabel += ` / ${name}`;
      if (!hearing) {
        return rejected(base, [
          error('scheduledAt', `本案没有 ${chinaDateTime(time.instant)} 开庭的庭次，请先报送排庭`),
        ]);
      }
      const defendant = context.defendants.find((d) => labelKey(d.name) === labelKey(name));
      if (!defendant) {
        const names = context.defendants.map((d) => d.name).join('、');
        return rejected(base, [error('defendant', `“${name}”不是本案被告；本案被告：${names}`)]);
      }
      if (time.instant > scope.now.getTime()) {
        return rejected(base, [error('scheduledAt', '该庭次尚未开庭，不能报送出庭情况')]);
      }
      keyParts = [...keyParts, defendant.id];
      existing =
        (state.appearances.find(
          (a) => a.hearingEventId === hearing.eventId && a.defendantOrgId === defendant.id,
        ) as unknown as Record<string, unknown>) ?? null;
      fixed = { hearingEventId: hearing.eventId, defendantOrgId: defendant.id };
    }
  } else {
    existing = state.judgment as unknown as Record<string, unknown> | null;
  }

  const key = keyParts.join('|');
  const earlier = scope.seenKeys.get(key);
  if (earlier !== undefined) {
    const columns = EXCHANGE_KEYS[kind].map((f) => columnOf(kind, f)).join('、');
    return rejected(base, [
      error('caseNumber', `与第${earlier}行重复：同一${columns}在一批数据中只能出现一次`),
    ]);
  }
  scope.seenKeys.set(key, rowNumber);

  const given = withoutEmpty(row);
  // 未败诉 clears the reasons a blank cell would otherwise keep.
  if (kind === 'judgments' && given.isLost === false && given.lossReasons === undefined)
    given.lossReasons = [];
  if (!existing) {
    const missing = EXCHANGE_COLUMNS[kind].filter(
      (c) => c.isRequired && !KEY_FIELDS.has(c.field) && given[c.field] === undefined,
    );
    if (missing.length > 0)
      return rejected(
        base,
        missing.map((c) => error(c.field, `请填写${c.header}`)),
      );
  }
  const before = existing ? stripRecorded(existing) : null;
  const schema = CASE_STEPS[type].schema;
  const result = schema.safeParse({ ...(before ?? {}), ...given, ...fixed });
  if (!result.success) {
    const errors = result.error.issues.map((issue) =>
      error(String(issue.path[0] ?? 'caseNumber'), issue.message),
    );
    return rejected(base, dedupe(errors));
  }
  const payload = result.data as Record<string, unknown>;
  try {
    checkStepDates(type, payload, scope.now);
  } catch (e) {
    if (e instanceof AppError && e.details?.[0])
      return rejected(base, [error(e.details[0].field, e.message)]);
    throw e;
  }

  if (existing) {
    const previous = schema.safeParse(before);
    const old = previous.success ? (previous.data as Record<string, unknown>) : (before ?? {});
    const changes = changesBetween(kind, old, payload);
    if (changes.length === 0) return { ...base, outcome: 'unchanged', errors: [], changes: null, plan: null };
    return {
      ...base,
      outcome: 'updated',
      errors: [],
      changes,
      plan: { action: 'correct', targetEventId: Number(existing.eventId), payload },
    };
  }
  if (!isStepAllowed(state, type)) {
    return rejected(base, [
      error(
        'caseNumber',
        `案件当前处于“${CASE_STAGE_LABELS[state.stage]}”阶段，不能“${CASE_EVENT_LABELS[type]}”`,
      ),
    ]);
  }
  return {
    ...base,
    outcome: 'created',
    errors: [],
    changes: null,
    plan: { action: 'create', type, payload },
  };
}

function stripRecorded(recorded: Record<string, unknown>): Record<string, unknown> {
  const { eventId: _eventId, status: _status, ...rest } = recorded;
  return rest;
}

function dedupe(errors: RowError[]): RowError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function changesBetween(
  kind: ExchangeKind,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): RowChange[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: RowChange[] = [];
  for (const field of fields) {
    if (KEY_FIELDS.has(field)) continue;
    if (canonical(before[field]) === canonical(after[field])) continue;
    changes.push({
      column: columnOf(kind, field),
      before: displayValue(field, before[field]),
      after: displayValue(field, after[field]),
    });
  }
  return changes;
}

/** Carries a plan out in memory: the dry run's stand-in for writing the event. */
export function rememberPlan(context: CaseContext, plan: Plan, eventId: number, reason: string): void {
  context.events.push(
    plan.action === 'create'
      ? { id: eventId, type: plan.type, payload: plan.payload, correctsEventId: null }
      : {
          id: eventId,
          type: 'correction',
          payload: { reason, payload: plan.payload },
          correctsEventId: plan.targetEventId,
        },
  );
}
