// /api/dashboard: 数据看板 — one response with everything the page shows, for
// the caller's scope ('indicator.read'; courts are refused as for the indicators).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../shared/api/common';
import { dashboardQuerySchema, dashboardSchema } from '../../../shared/api/dashboard';
import { loadDashboard } from './load-dashboard';

export async function dashboardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/dashboard',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: ['数据看板'],
        summary:
          '数据看板：指标值及较上期变化、月度趋势、机关排名、案由/领域/败诉原因分布、各地区对比、近14日开庭',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...errorResponses },
      },
    },
    async (req) => loadDashboard({ db, principal: req.principal!, now: app.clock.now() }, req.query),
  );
}
