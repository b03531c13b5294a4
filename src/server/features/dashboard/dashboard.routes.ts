// /api/dashboard: 数据看板 — one response with everything the page shows, for
// the caller's scope ('indicator.read'; courts are refused as for the indicators).
// Identical requests of one caller that arrive while the dashboard is being
// computed share that computation (single-flight): at national scale it takes
// seconds, and a meeting's worth of leaders opening it at once would otherwise
// queue one full computation each.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../shared/api/common';
import { type Dashboard, dashboardQuerySchema, dashboardSchema } from '../../../shared/api/dashboard';
import { singleFlight } from '../../single-flight';
import { loadDashboard } from './load-dashboard';

export async function dashboardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const shared = singleFlight<Dashboard>();

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
    async (req) => {
      const principal = req.principal!;
      return shared(`${principal.kind}:${principal.id}:${JSON.stringify(req.query)}`, () =>
        loadDashboard({ db, principal, now: app.clock.now() }, req.query),
      );
    },
  );
}
