import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.object({
    mode: z.enum(['pglite', 'postgres']),
    migration: z.string().describe('最近一次已应用的迁移'),
    migrationsApplied: z.number().int(),
  }),
  version: z.string(),
});
