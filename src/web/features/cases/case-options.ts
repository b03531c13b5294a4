// Select options of the case register, built from the shared label maps, so
// that no English value ever reaches the screen.
import {
  AGENT_KIND_LABELS,
  APPELLANT_LABELS,
  CASE_FLAG_LABELS,
  CASE_FLAGS,
  CASE_INSTANCE_LABELS,
  CASE_STAGE_LABELS,
  COURT_DECISION_LABELS,
  JUDGMENT_KIND_LABELS,
  JUDGMENT_RESULT_LABELS,
  LOSS_REASON_LABELS,
  SERVICE_MANNER_LABELS,
} from '../../../shared/domain/cases/vocabulary';

export interface Option<T extends string = string> {
  value: T;
  label: string;
}

export function optionsOf<T extends string>(labels: Record<T, string>): Option<T>[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

export const STAGE_OPTIONS = optionsOf(CASE_STAGE_LABELS);
export const INSTANCE_OPTIONS = optionsOf(CASE_INSTANCE_LABELS);
export const FLAG_OPTIONS = CASE_FLAGS.map((flag) => ({ value: flag, label: CASE_FLAG_LABELS[flag] }));
export const SERVICE_MANNER_OPTIONS = optionsOf(SERVICE_MANNER_LABELS);
export const JUDGMENT_KIND_OPTIONS = optionsOf(JUDGMENT_KIND_LABELS);
export const JUDGMENT_RESULT_OPTIONS = optionsOf(JUDGMENT_RESULT_LABELS);
export const LOSS_REASON_OPTIONS = optionsOf(LOSS_REASON_LABELS);
export const APPELLANT_OPTIONS = optionsOf(APPELLANT_LABELS);
export const AGENT_KIND_OPTIONS = optionsOf(AGENT_KIND_LABELS);
export const COURT_DECISION_OPTIONS = optionsOf(COURT_DECISION_LABELS);
export const PARTY_KIND_LABELS = { person: '自然人', organisation: '法人或其他组织' } as const;
export const PARTY_KIND_OPTIONS = optionsOf(PARTY_KIND_LABELS);

/** Stage tag colours: waiting on the agency (blue), in court (purple), decided (orange/green). */
export const STAGE_COLORS: Record<keyof typeof CASE_STAGE_LABELS, string> = {
  registered: 'default',
  defending: 'blue',
  'pending-hearing': 'cyan',
  'in-trial': 'purple',
  judged: 'orange',
  appealed: 'magenta',
  effective: 'gold',
  performed: 'green',
  closed: 'default',
};

export function label<T extends string>(labels: Record<T, string>, value: unknown): string {
  return typeof value === 'string' && value in labels ? labels[value as T] : '（未知）';
}
