// /api/periodic-reports: the region's 月分析, 季通报, 半年总结 and 年度报告 — the
// list, a draft for a period, the narrative, 刷新数据, 发布, the Word document
// (the archived file once published), every table as Excel, 上报 to the region
// above, and the region's view of its counties' submissions.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, idParamSchema, pageOf } from '../../../shared/api/common';
import {
  listPeriodicReportsQuerySchema,
  periodicReportSchema,
  periodicReportSummarySchema,
  refreshedPeriodicReportSchema,
  reportPeriodSchema,
  reportVersionSchema,
  submissionsQuerySchema,
  submissionsSchema,
  updateNarrativeSchema,
} from '../../../shared/api/periodic-reports';
import { chinaDate } from '../../../shared/domain/china-time';
import { fileStorageOf } from '../../files/local-file-storage';
import { auditContextOf } from '../../http/auth';
import { notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { createPeriodicReport } from './create-periodic-report';
import { loadSubmissions } from './load-submissions';
import { periodicReportDownloadRoutes } from './periodic-report-downloads.routes';
import { canSeeReport, checkWritable, regionIdOf } from './periodic-reports.policy';
import { presentReport, presentSummary, reportTitleOf } from './periodic-reports.present';
import {
  findRegion,
  findReport,
  governmentChainOf,
  legalOfficeOf,
  listReports,
  type PeriodicReportRow,
} from './periodic-reports.queries';
import { publishPeriodicReport } from './publish-periodic-report';
import { refreshPeriodicReport } from './refresh-periodic-report';
import { submitPeriodicReport } from './submit-periodic-report';
import { updateReportNarrative } from './update-report-narrative';

const tags = ['定期报告'];
const _XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function periodicReportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  async function regionOf(principal: Principal) {
    const region = await findRegion(db, regionIdOf(principal));
    if (!region) throw notFound('所在地区');
    return region;
  }
  /** The region above a report's region (a county's city), or null at the top. */
  async function parentOf(report: PeriodicReportRow) {
    const chain = await governmentChainOf(db, report.regionPath);
    const parent = chain.at(-2);
    return parent ? { id: parent.id, name: parent.name } : null;
  }
  /** A report the caller may see, or 404 as if it did not exist. */
  async function loadVisible(principal: Principal, id: string) {
    const report = await findReport(db, id);
    if (!report || !canSeeReport(principal, report)) throw notFound('定期报告');
    return report;
  }
  async function present(principal: Principal, id: string) {
    const report = await loadVisible(principal, id);
    const parent = await parentOf(report);
    // 上报 reaches the region above through its 司法局 (submitPeriodicReport): name that office.
    const office = parent && (await legalOfficeOf(db, parent.id));
    const submitsTo = parent && { id: parent.id, name: office?.name ?? parent.name };
    return presentReport(principal, report, submitsTo, chinaDate(app.clock.now()));
  }

  r.get(
    '/periodic-reports',
    {
      config: { access: 'periodic-report.read' },
      schema: {
        tags,
        summary: '本地区的定期报告（可按类型、年度、状态筛选）',
        querystring: listPeriodicReportsQuerySchema,
        response: { 200: pageOf(periodicReportSummarySchema), ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      const q = req.query;
      const region = await regionOf(principal);
      const hasParent = (await governmentChainOf(db, region.path)).length > 1;
      const today = chinaDate(app.clock.now());
      const { rows, total } = await listReports(db, {
        regionId: region.id,
        kind: q.kind,
        year: q.year,
        status: q.status,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return {
        items: rows.map((row) => presentSummary(principal, row, hasParent, today)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.post(
    '/periodic-reports',
    {
      config: { access: 'periodic-report.write' },
      schema: {
        tags,
        summary: '编制定期报告草稿（每个地区每期一份；数据按本地区适用的统计口径生成）',
        body: reportPeriodSchema,
        response: { 201: periodicReportSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const principal = req.principal!;
      const region = await regionOf(principal);
      checkWritable(principal, { regionPath: region.path });
      const id = await createPeriodicReport({
        db,
        now: app.clock.now(),
        principal,
        region,
        input: req.body,
        context: auditContextOf(req),
      });
      return reply.status(201).send(await present(principal, id));
    },
  );

  r.get(
    '/periodic-reports/submissions',
    {
      config: { access: 'periodic-report.read' },
      schema: {
        tags,
        summary: '上报情况：下级地区某期报告的上报情况、已上报报告的汇总和本地区实时数据',
        querystring: submissionsQuerySchema,
        response: { 200: submissionsSchema, ...errorResponses },
      },
    },
    async (req) =>
      loadSubmissions({ db, now: app.clock.now(), region: await regionOf(req.principal!), input: req.query }),
  );

  r.get(
    '/periodic-reports/:id',
    {
      config: { access: 'periodic-report.read' },
      schema: {
        tags,
        summary: '定期报告详情（数据、统计表、文字部分）',
        params: idParamSchema,
        response: { 200: periodicReportSchema, ...errorResponses },
      },
    },
    async (req) => present(req.principal!, req.params.id),
  );

  r.put(
    '/periodic-reports/:id/narrative',
    {
      config: { access: 'periodic-report.write' },
      schema: {
        tags,
        summary: '修改文字部分（总体情况、主要问题及原因分析、下一步工作建议；发布前）',
        params: idParamSchema,
        body: updateNarrativeSchema,
        response: { 200: periodicReportSchema, ...errorResponses },
      },
    },
    async (req) => {
      const report = await loadVisible(req.principal!, req.params.id);
      await updateReportNarrative({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        report,
        label: reportTitleOf(report),
        input: req.body,
        context: auditContextOf(req),
      });
      return present(req.principal!, req.params.id);
    },
  );

  r.post(
    '/periodic-reports/:id/refresh',
    {
      config: { access: 'periodic-report.write' },
      schema: {
        tags,
        summary: '刷新数据（草稿）：未修改的文字部分按新数据重新生成，修改过的保留并列出，供核对',
        params: idParamSchema,
        body: reportVersionSchema,
        response: { 200: refreshedPeriodicReportSchema, ...errorResponses },
      },
    },
    async (req) => {
      const report = await loadVisible(req.principal!, req.params.id);
      const refresh = await refreshPeriodicReport({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        report,
        label: reportTitleOf(report),
        version: req.body.version,
        context: auditContextOf(req),
      });
      return { ...(await present(req.principal!, req.params.id)), refresh };
    },
  );

  r.post(
    '/periodic-reports/:id/publish',
    {
      config: { access: 'periodic-report.write' },
      schema: {
        tags,
        summary: '发布：编号、生成 Word 并归档；发布后不能再修改',
        params: idParamSchema,
        body: reportVersionSchema,
        response: { 200: periodicReportSchema, ...errorResponses },
      },
    },
    async (req) => {
      const report = await loadVisible(req.principal!, req.params.id);
      await publishPeriodicReport({
        db,
        storage: fileStorageOf(app.config),
        now: app.clock.now(),
        principal: req.principal!,
        report,
        title: reportTitleOf(report),
        version: req.body.version,
        context: auditContextOf(req),
      });
      return present(req.principal!, req.params.id);
    },
  );

  r.post(
    '/periodic-reports/:id/submit',
    {
      config: { access: 'periodic-report.write' },
      schema: {
        tags,
        summary: '上报上级司法局（已发布的报告，每份上报一次）',
        params: idParamSchema,
        response: { 200: periodicReportSchema, ...errorResponses },
      },
    },
    async (req) => {
      const report = await loadVisible(req.principal!, req.params.id);
      const parent = await parentOf(report);
      checkWritable(req.principal!, report);
      if (!parent) throw notFound('上级地区');
      await submitPeriodicReport({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        report,
        title: reportTitleOf(report),
        parent: { ...parent, legalOffice: (await legalOfficeOf(db, parent.id)) ?? null },
        context: auditContextOf(req),
      });
      return present(req.principal!, req.params.id);
    },
  );

  await periodicReportDownloadRoutes(app, loadVisible);
}
