import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthSchema } from '../../../shared/api/health';
import { migrationStatus } from '../../db/migrate';

export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      config: { access: 'public' },
      schema: { tags: ['系统'], summary: '健康检查：数据库模式与迁移版本', response: { 200: healthSchema } },
    },
    async () => {
      const status = await migrationStatus(app.database);
      return {
        status: 'ok' as const,
        database: { mode: app.database.mode, migration: status.migration, migrationsApplied: status.applied },
        version: '0.1.0',
      };
    },
  );
}
