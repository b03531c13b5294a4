// GET /api/cases/export.xlsx: the filtered case list as Excel. find-my-way
// matches a static segment before a parameter, so this path is never taken
// for GET /api/cases/:id whatever the registration order.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listCasesQuerySchema } from '../../../shared/api/cases';
import { errorResponses } from '../../../shared/api/common';
import { contentDisposition } from '../../files/content-disposition';
import { loadCalendar } from '../calendar/load-calendar';
import { buildCaseWorkbook } from './case-export.present';
import { loadExportRows, MAX_EXPORT_ROWS } from './load-export-rows';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const exportQuerySchema = listCasesQuerySchema.omit({ page: true, pageSize: true });

export async function caseExportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/cases/export.xlsx',
    {
      config: { access: 'case.export' },
      schema: {
        tags: ['行政应诉'],
        summary: `导出案件清单（Excel；筛选条件同案件列表，最多 ${MAX_EXPORT_ROWS} 件）`,
        produces: [XLSX_MIME],
        querystring: exportQuerySchema,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const now = app.clock.now();
      const { rows, today } = await loadExportRows({
        db,
        principal: req.principal!,
        query: req.query,
        now,
        calendar: await loadCalendar(db),
      });
      const workbook = await buildCaseWorkbook(rows, { generatedAt: now });
      // A Buffer is sent as is: the response schemas describe only the errors.
      return (reply as FastifyReply)
        .type(XLSX_MIME)
        .header('content-disposition', contentDisposition(`行政应诉案件清单-${today}.xlsx`))
        .header('cache-control', 'private, no-store')
        .send(workbook);
    },
  );
}
