// /api/monthly-reports: the courts' monthly 三通报 — the list (with the overdue
// flag), a report, the liaison's edits and sending, the recipients' read
// receipt, and the Word download. Drafts are made by the scheduled job.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, idParamSchema, pageOf } from '../../../shared/api/common';
import {
  listMonthlyReportsQuerySchema,
  type MonthlyReportContent,
  monthlyReportSchema,
  monthlyReportSummarySchema,
  reportVersionSchema,
  updateNarrativeSchema,
} from '../../../shared/api/monthly-reports';
import { chinaDate } from '../../../shared/domain/china-time';
import { contentDisposition } from '../../files/content-disposition';
import { auditContextOf } from '../../http/auth';
import { AppError, forbidden, notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { markReportRead } from './mark-report-read';
import { canSeeContent, canSeeReport, reportScopeCondition } from './monthly-reports.policy';
import { presentReport, presentReportSummary } from './monthly-reports.present';
import { findReport, listReports, recipientsOf } from './monthly-reports.queries';
import { refreshMonthlyReport } from './refresh-monthly-report';
import { renderReportDocx } from './render-report-docx';
import { monthLabel } from './report-month';
import { sendMonthlyReport } from './send-monthly-report';
import { updateReportNarrative } from './update-report-narrative';

const tags = ['三通报'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function monthlyReportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  /** A report the caller may see, with its recipients, or 404 as if it did not exist. */
  async function loadVisible(principal: Principal, id: string) {
    const report = await findReport(db, id);
    if (!report) throw notFound('三通报');
    const recipients = await recipientsOf(db, [id]);
    if (!canSeeReport(principal, report, recipients)) throw notFound('三通报');
    return { report, recipients };
  }
  async function present(principal: Principal, id: string) {
    const { report, recipients } = await loadVisible(principal, id);
    return presentReport(principal, report, recipients, app.clock.now());
  }

  r.get(
    '/monthly-reports',
    {
      config: { access: 'monthly-report.read' },
      schema: {
        tags,
        summary: '三通报列表（本院报送的，或报送给本地区司法局的；可按月份、法院、状态筛选）',
        querystring: listMonthlyReportsQuerySchema,
        response: { 200: pageOf(monthlyReportSummarySchema), ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      const now = app.clock.now();
      const q = req.query;
      const { rows, total } = await listReports(db, {
        scope: reportScopeCondition(principal),
        month: q.month,
        courtId: q.courtId,
        status: q.status,
        today: chinaDate(now),
        page: q.page,
        pageSize: q.pageSize,
      });
      const recipients = await recipientsOf(
        db,
        rows.map((row) => row.id),
      );
      return {
        items: rows.map((row) =>
          presentReportSummary(
            principal,
            row,
            recipients.filter((x) => x.reportId === row.id),
            now,
          ),
        ),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/monthly-reports/:id',
    {
      config: { access: 'monthly-report.read' },
      schema: {
        tags,
        summary: '三通报详情（报送前仅法院一方可见内容）',
        params: idParamSchema,
        response: { 200: monthlyReportSchema, ...errorResponses },
      },
    },
    async (req) => present(req.principal!, req.params.id),
  );

  r.put(
    '/monthly-reports/:id/narrative',
    {
      config: { access: 'monthly-report.write' },
      schema: {
        tags,
        summary: '修改说明（仅本院联络员，报送前）',
        params: idParamSchema,
        body: updateNarrativeSchema,
        response: { 200: monthlyReportSchema, ...errorResponses },
      },
    },
    async (req) => {
      await loadVisible(req.principal!, req.params.id);
      await updateReportNarrative({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        id: req.params.id,
        narrative: req.body.narrative,
        version: req.body.version,
        context: auditContextOf(req),
      });
      return present(req.principal!, req.params.id);
    },
  );

  r.post(
    '/monthly-reports/:id/refresh',
    {
      config: { access: 'monthly-report.write' },
      schema: {
        tags,
        summary: '按案件登记的最新数据重新生成表格（说明保留）',
        params: idParamSchema,
        body: reportVersionSchema,
        response: { 200: monthlyReportSchema, ...errorResponses },
      },
    },
    async (req) => {
      const { report } = await loadVisible(req.principal!, req.params.id);
      await refreshMonthlyReport({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        court: {
          id: report.courtId,
          name: report.courtName,
          path: report.courtPath,
          regionCode: report.courtRegionCode,
        },
        id: report.id,
        version: req.body.version,
        context: auditContextOf(req),
      });
      return present(req.principal!, req.params.id);
    },
  );

  r.post(
    '/monthly-reports/:id/send',
    {
      config: { access: 'monthly-report.write' },
      schema: {
        tags,
        summary: '报送三通报（报送后不能再修改）',
        params: idParamSchema,
        body: reportVersionSchema,
        response: { 200: monthlyReportSchema, ...errorResponses },
      },
    },
    async (req) => {
      const { report } = await loadVisible(req.principal!, req.params.id);
      await sendMonthlyReport({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        courtName: report.courtName,
        id: report.id,
        version: req.body.version,
        context: auditContextOf(req),
      });
      return present(req.principal!, req.params.id);
    },
  );

  r.post(
    '/monthly-reports/:id/read',
    {
      config: { access: 'monthly-report.read' },
      schema: {
        tags,
        summary: '签收（阅读回执）：主送、抄送单位的人员打开已报送的三通报时记录',
        params: idParamSchema,
        response: { 200: monthlyReportSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      const { report, recipients } = await loadVisible(principal, req.params.id);
      if (report.status !== 'sent') throw new AppError('CONFLICT', '三通报尚未报送，不能签收');
      if (!recipients.some((x) => x.organisationId === principal.organisation.id)) {
        throw forbidden('只有主送、抄送单位可以签收三通报');
      }
      await markReportRead({
        db,
        now: app.clock.now(),
        principal,
        report: { id: report.id, month: report.month, courtName: report.courtName },
        context: auditContextOf(req),
      });
      return present(principal, req.params.id);
    },
  );

  r.get(
    '/monthly-reports/:id/docx',
    {
      config: { access: 'monthly-report.read' },
      schema: {
        tags,
        summary: '下载三通报（Word）',
        produces: [DOCX],
        params: idParamSchema,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const { report, recipients } = await loadVisible(req.principal!, req.params.id);
      if (!canSeeContent(req.principal!, report)) throw forbidden('三通报尚未报送，报送后方可查看和下载');
      const bytes = await renderReportDocx({
        courtName: report.courtName,
        mainRecipients: recipients.filter((x) => x.role === 'main').map((x) => x.name),
        copyRecipients: recipients.filter((x) => x.role === 'copy').map((x) => x.name),
        content: report.content as MonthlyReportContent,
        narrative: report.narrative,
        sentAt: report.sentAt,
      });
      const fileName = `${report.courtName}${monthLabel(report.month)}三通报.docx`;
      // A Buffer is sent as is: the response schemas describe only the errors.
      return (reply as FastifyReply)
        .type(DOCX)
        .header('content-disposition', contentDisposition(fileName))
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );
}
