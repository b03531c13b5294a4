// The scheduled jobs of the 三通报: drafting from the 1st of each month (China
// time; the 5th is the deadline), and the overdue flag from the 6th. Listed in
// this order so that a server first started after the 5th drafts, then flags.
import { monthlyFrom, type ScheduledJob } from '../../jobs/scheduler';
import { draftMonthlyReports } from './draft-monthly-reports';
import { flagOverdueReports } from './flag-overdue-reports';
import { REPORT_DUE_DAY } from './report-month';

export const draftMonthlyReportsJob: ScheduledJob = {
  name: 'monthly-report.draft',
  occurrenceAt: monthlyFrom(1),
  async run({ db, now, occurrence }) {
    await draftMonthlyReports({ db, now, month: occurrence });
  },
};

export const flagOverdueReportsJob: ScheduledJob = {
  name: 'monthly-report.overdue',
  occurrenceAt: monthlyFrom(REPORT_DUE_DAY + 1),
  async run({ db, now, occurrence }) {
    await flagOverdueReports({ db, now, month: occurrence });
  },
};

export const MONTHLY_REPORT_JOBS: ScheduledJob[] = [draftMonthlyReportsJob, flagOverdueReportsJob];
