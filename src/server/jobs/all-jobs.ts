// Every scheduled job of the platform. A feature adds its job here.
import { MONTHLY_REPORT_JOBS } from '../features/monthly-reports/monthly-report-jobs';
import { suggestionRemindersJob } from '../features/suggestions/send-suggestion-reminders';
import type { ScheduledJob } from './scheduler';

export const ALL_JOBS: ScheduledJob[] = [...MONTHLY_REPORT_JOBS, suggestionRemindersJob];
