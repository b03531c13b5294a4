// Every scheduled job of the platform. A feature adds its job here.
import type { ScheduledJob } from './scheduler';

export const ALL_JOBS: ScheduledJob[] = [];
