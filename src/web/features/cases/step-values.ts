// Between a step form's values (dayjs dates, unset radios) and the step's
// payload (YYYY-MM-DD, ISO date-times, null for empty), and the client-side
// check of a payload with the very schema the server applies.
import dayjs, { type Dayjs } from 'dayjs';
import { CASE_STEPS } from '../../../shared/api/case-steps';
import type { CaseStepType } from '../../../shared/domain/cases/vocabulary';
import { instantOfPicker, pickerValueOf } from '../../components/format';
import { type StepField, type StepSpec, visibleFields } from './step-fields';

export type FormValues = Record<string, unknown>;

export interface FieldProblem {
  name: (string | number)[];
  message: string;
}

const isDayjs = (value: unknown): value is Dayjs => dayjs.isDayjs(value);

function fieldToPayload(field: StepField, value: unknown): unknown {
  switch (field.kind) {
    case 'date':
      return isDayjs(value) ? value.format('YYYY-MM-DD') : null;
    case 'datetime':
      // The picker shows China wall-clock time (components/format.ts): sent as +08:00.
      return isDayjs(value) ? instantOfPicker(value.second(0)) : null;
    case 'text':
    case 'textarea': {
      const text = typeof value === 'string' ? value.trim() : '';
      return text === '' ? (field.required ? '' : null) : text;
    }
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'multiselect':
      return Array.isArray(value) ? value : [];
    case 'agents':
      return Array.isArray(value)
        ? value
            .filter((row): row is { name?: string; kind?: string } => typeof row === 'object' && row !== null)
            .map((row) => ({ name: (row.name ?? '').trim(), kind: row.kind }))
        : [];
    default:
      return value ?? null;
  }
}

/** The payload a step form sends: only the fields shown, each in the server's format. */
export function toPayload(spec: StepSpec, values: FormValues): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of visibleFields(spec, values)) {
    const value = fieldToPayload(field, values[field.name]);
    if (value !== undefined) payload[field.name] = value;
  }
  return payload;
}

/** A form's starting values: the recorded payload (for a correction) or each field's default. */
export function toFormValues(spec: StepSpec, payload?: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of spec.fields) {
    const value = payload ? payload[field.name] : field.initial;
    if (value === undefined || value === null) continue;
    if (field.kind === 'date' && typeof value === 'string') {
      values[field.name] = dayjs(value);
    } else if (field.kind === 'datetime' && typeof value === 'string') {
      values[field.name] = pickerValueOf(value);
    } else {
      values[field.name] = value;
    }
  }
  return values;
}

/** The server's own checks, run before sending: each problem on its field, in Chinese. */
export function checkPayload(type: CaseStepType, payload: Record<string, unknown>): FieldProblem[] {
  const result = CASE_STEPS[type].schema.safeParse(payload);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    name: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  }));
}
