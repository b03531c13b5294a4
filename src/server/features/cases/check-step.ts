// Rules every step's dates follow, shared by recording and correcting: a fact
// cannot have happened after today (China time).
import { CASE_STEPS } from '../../../shared/api/case-steps';
import type { CaseStepType } from '../../../shared/domain/cases/vocabulary';
import { chinaDate } from '../../../shared/domain/china-time';
import { fieldError } from '../../http/errors';

export function checkStepDates(type: CaseStepType, payload: Record<string, unknown>, now: Date): void {
  const field = CASE_STEPS[type].dateField;
  const value = field ? payload[field] : null;
  if (typeof value === 'string' && value > chinaDate(now)) {
    throw fieldError(field!, `日期 ${value} 晚于今天，请核对`);
  }
}
