// The downloads of a periodic report: the Word document (the archived file
// once published, a preview while a draft) and every table as Excel.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, idParamSchema } from '../../../shared/api/common';
import type { Narrative, ReportData } from '../../../shared/api/periodic-reports';
import { contentDisposition } from '../../files/content-disposition';
import { fileStorageOf } from '../../files/local-file-storage';
import { sendStoredFile } from '../../files/send-stored-file';
import { notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { reportTitleOf } from './periodic-reports.present';
import { findArchivedFile, type PeriodicReportRow } from './periodic-reports.queries';
import { DOCX_MIME } from './publish-periodic-report';
import { renderPeriodicReportDocx } from './render-periodic-report-docx';
import { renderReportWorkbook } from './render-report-workbook';

const tags = ['定期报告'];
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function periodicReportDownloadRoutes(
  app: FastifyInstance,
  loadVisible: (principal: Principal, id: string) => Promise<PeriodicReportRow>,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/periodic-reports/:id/docx',
    {
      config: { access: 'periodic-report.read' },
      schema: {
        tags,
        summary: '下载 Word（已发布的为归档文件；草稿为当前内容的预览）',
        produces: [DOCX_MIME],
        params: idParamSchema,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const report = await loadVisible(req.principal!, req.params.id);
      const title = reportTitleOf(report);
      if (report.fileId) {
        const file = await findArchivedFile(db, report.fileId);
        if (!file) throw notFound('归档文件');
        return sendStoredFile(reply, fileStorageOf(app.config), file);
      }
      const bytes = await renderPeriodicReportDocx({
        issuerName: report.issuerName,
        title,
        documentNumber: null,
        data: report.data as ReportData,
        narrative: report.narrative as Narrative,
        publishedAt: null,
      });
      return (reply as FastifyReply)
        .type(DOCX_MIME)
        .header('content-disposition', contentDisposition(`${title}（草稿）.docx`))
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );

  r.get(
    '/periodic-reports/:id/tables.xlsx',
    {
      config: { access: 'periodic-report.read' },
      schema: {
        tags,
        summary: '导出统计表（Excel，每张表一个工作表）',
        produces: [XLSX_MIME],
        params: idParamSchema,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const report = await loadVisible(req.principal!, req.params.id);
      const title = reportTitleOf(report);
      const bytes = await renderReportWorkbook(title, report.data as ReportData, {
        documentNumber: report.documentNumber,
      });
      return (reply as FastifyReply)
        .type(XLSX_MIME)
        .header('content-disposition', contentDisposition(`${title}统计表.xlsx`))
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );
}
