// An event of the timeline read aloud: its payload as label → value rows in
// Chinese, with identifiers replaced by names (court, agency, hearing) and
// enum values by their labels. Never raw JSON.
import type { CaseEventType } from '../../../shared/domain/cases/vocabulary';
import { AGENT_KIND_LABELS, CASE_FLAG_LABELS, CASE_FLAGS } from '../../../shared/domain/cases/vocabulary';
import { formatDateTime } from '../../components/format';
import { label, PARTY_KIND_LABELS } from './case-options';
import { isStepType, type StepField, stepSpecOf } from './step-fields';

export interface DisplayRow {
  label: string;
  value: string;
}

export interface DisplayContext {
  orgName: (id: string) => string | undefined;
  hearingLabel: (eventId: number) => string | undefined;
  dictionaryLabel: (kind: 'cause' | 'domain', code: string) => string | undefined;
  /** '记录送达（2026-03-02）' for the event a correction names. */
  eventLabel: (eventId: number) => string | undefined;
  caseNumberOf: (caseId: string) => string | undefined;
}

function optionLabel(field: StepField, value: unknown): string {
  return field.options?.find((option) => option.value === value)?.label ?? '（未知）';
}

/** One field's value as text, or null when there is nothing to show. */
export function formatFieldValue(field: StepField, value: unknown, ctx: DisplayContext): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (field.kind) {
    case 'boolean':
      return value === true ? '是' : '否';
    case 'datetime':
      return typeof value === 'string' ? formatDateTime(value) : null;
    case 'select':
      return optionLabel(field, value);
    case 'multiselect':
      return Array.isArray(value) && value.length > 0
        ? value.map((v) => optionLabel(field, v)).join('、')
        : null;
    case 'hearing':
      return ctx.hearingLabel(Number(value)) ?? '（已更正或不存在的庭次）';
    case 'defendant':
      return ctx.orgName(String(value)) ?? '（未知机关）';
    case 'agents': {
      if (!Array.isArray(value) || value.length === 0) return null;
      return (value as { name?: string; kind?: string }[])
        .map((agent) => `${agent.name ?? ''}（${label(AGENT_KIND_LABELS, agent.kind)}）`)
        .join('、');
    }
    default:
      return String(value);
  }
}

interface PartyPayload {
  kind?: string;
  name?: string;
  idNumber?: string | null;
  uscc?: string | null;
}

function partyText(party: PartyPayload): string {
  const id = party.idNumber
    ? `，身份证号 ${party.idNumber}`
    : party.uscc
      ? `，统一社会信用代码 ${party.uscc}`
      : '';
  return `${party.name ?? ''}（${label(PARTY_KIND_LABELS, party.kind)}${id}）`;
}

function describeRegistration(payload: Record<string, unknown>, ctx: DisplayContext): DisplayRow[] {
  const rows: DisplayRow[] = [];
  const add = (rowLabel: string, value: string | null | undefined) => {
    if (value) rows.push({ label: rowLabel, value });
  };
  add('案号', payload.caseNumber as string);
  add('审理法院', ctx.orgName(String(payload.courtId)) ?? undefined);
  if (typeof payload.previousCaseId === 'string') {
    add('前审案件', ctx.caseNumberOf(payload.previousCaseId) ?? '已关联');
  }
  add('案由', ctx.dictionaryLabel('cause', String(payload.causeCode)) ?? '（已停用的案由）');
  add('管理领域', ctx.dictionaryLabel('domain', String(payload.domainCode)) ?? '（已停用的领域）');
  add('被诉行政行为', payload.subject as string);
  add('诉讼请求', payload.claims as string | null);
  add('立案日期', payload.filedOn as string | null);
  add(
    '标记',
    CASE_FLAGS.filter((flag) => payload[flag] === true)
      .map((flag) => CASE_FLAG_LABELS[flag])
      .join('、'),
  );
  const defendants =
    (payload.defendants as { organisationId: string; isReconsiderationBody?: boolean }[]) ?? [];
  add(
    '被告',
    defendants
      .map(
        (d) =>
          `${ctx.orgName(d.organisationId) ?? '（未知机关）'}${d.isReconsiderationBody ? '（复议机关共同被告）' : ''}`,
      )
      .join('、'),
  );
  add('原告', ((payload.plaintiffs as PartyPayload[]) ?? []).map(partyText).join('；'));
  add('第三人', ((payload.thirdParties as PartyPayload[]) ?? []).map(partyText).join('；'));
  return rows;
}

function describeCorrection(
  payload: Record<string, unknown>,
  correctsEventId: number | null,
  ctx: DisplayContext,
) {
  const rows: DisplayRow[] = [];
  if (correctsEventId !== null) {
    rows.push({ label: '更正对象', value: ctx.eventLabel(correctsEventId) ?? '（未知记录）' });
  }
  rows.push({ label: '方式', value: payload.isVoid === true ? '作废该记录' : '更正内容' });
  if (typeof payload.reason === 'string') rows.push({ label: '更正理由', value: payload.reason });
  return rows;
}

export function describeEvent(
  event: { type: CaseEventType; payload: Record<string, unknown>; correctsEventId: number | null },
  ctx: DisplayContext,
): DisplayRow[] {
  if (event.type === 'registered') return describeRegistration(event.payload, ctx);
  if (event.type === 'correction') return describeCorrection(event.payload, event.correctsEventId, ctx);
  if (!isStepType(event.type)) return [];
  const rows: DisplayRow[] = [];
  for (const field of stepSpecOf(event.type).fields) {
    const value = formatFieldValue(field, event.payload[field.name], ctx);
    if (value !== null) rows.push({ label: field.label, value });
  }
  return rows;
}
