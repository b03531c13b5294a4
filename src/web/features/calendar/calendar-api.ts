// Calls and cache keys of /api/calendar.
import type {
  DeadlineResponse,
  HolidayDayInput,
  HolidayYearDetail,
  HolidayYearSummary,
  PeriodRuleResponse,
  SavedHolidayYear,
} from '../../../shared/api/calendar';
import { api } from '../../lib/api-client';

export const calendarKeys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'years', year] as const,
  rules: ['calendar', 'rules'] as const,
};

export function listHolidayYears() {
  return api.get<{ items: HolidayYearSummary[]; abilities: { manage: boolean } }>('/api/calendar/years');
}

export function getHolidayYear(year: number) {
  return api.get<HolidayYearDetail>(`/api/calendar/years/${year}`);
}

export function saveHolidayYear(
  year: number,
  input: { days: HolidayDayInput[]; papers: string[]; notice: string; version: number },
) {
  return api.put<SavedHolidayYear>(`/api/calendar/years/${year}`, input);
}

export function listPeriodRules() {
  return api.get<{ items: PeriodRuleResponse[] }>('/api/calendar/rules');
}

export function computeDeadline(ruleId: string, trigger: string) {
  return api.get<DeadlineResponse>('/api/calendar/deadline', { ruleId, trigger });
}
