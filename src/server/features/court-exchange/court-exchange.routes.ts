// /api/court-exchange: 法院数据报送 by a court — the import templates, uploads
// checked in a dry run (in the background, with progress) and applied on
// confirmation, the per-row reports, the history; and the JSON batches of the
// machine API and of the liaison's forms (court-exchange-api.routes.ts).
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema, errorResponses, idParamSchema, pageOf } from '../../../shared/api/common';
import {
  importRowsQuerySchema,
  importSchema,
  kindParamSchema,
  listImportsQuerySchema,
  reportRowSchema,
  uploadFieldsSchema,
} from '../../../shared/api/court-exchange';
import { contentDisposition } from '../../files/content-disposition';
import { fileStorageOf } from '../../files/local-file-storage';
import { auditContextOf } from '../../http/auth';
import { AppError, notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../attachments/attachments.routes';
import { readUpload } from '../attachments/read-upload';
import { applyImport, claimImportForApply } from './apply-import';
import { runInBackground, waitForBackground } from './background';
import { buildTemplate, templateFileName } from './build-template';
import { checkImport } from './check-import';
import { isImportVisible } from './court-exchange.policy';
import { presentImport, presentRow } from './court-exchange.present';
import { findImport, importScopeCondition, listImports, pageImportRows } from './court-exchange.queries';
import { courtExchangeApiRoutes, requireCourt } from './court-exchange-api.routes';
import { startImport } from './start-import';

const tags = ['法院数据报送'];
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function courtExchangeRoutes(app: FastifyInstance) {
  await app.register(fastifyMultipart);
  await app.register(courtExchangeApiRoutes);
  app.addHook('onClose', async () => waitForBackground(app));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const maxBytes = app.config.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;

  async function loadVisibleImport(principal: Principal, id: string) {
    const found = await findImport(db, id);
    if (!found || !isImportVisible(principal, found.organisationPath)) throw notFound('导入记录');
    return found.import;
  }

  r.get(
    '/court-exchange/templates/:kind',
    {
      config: { access: 'exchange.import' },
      schema: {
        tags,
        summary: '下载导入模板（Excel；kind：hearings 排庭 / appearances 出庭情况 / judgments 裁判结果）',
        produces: [XLSX_MIME],
        params: kindParamSchema,
        response: errorResponses,
      },
    },
    async (req, reply) =>
      (reply as FastifyReply)
        .type(XLSX_MIME)
        .header('content-disposition', contentDisposition(templateFileName(req.params.kind)))
        .header('cache-control', 'private, no-store')
        .send(await buildTemplate(req.params.kind)),
  );

  r.post(
    '/court-exchange/imports',
    {
      config: { access: 'exchange.import' },
      schema: {
        tags,
        summary: '上传法院数据文件并预检（multipart/form-data：kind 与一个文件 file）',
        description:
          '接受 Excel（.xlsx）和 CSV（UTF-8，可带 BOM；或 GB18030）。文件本身有误（不是表格、没有数据、缺少必需的列）时返回 400，不作任何更改；' +
          '否则返回 202 和导入记录，预检在后台逐行进行，进度见 GET /api/court-exchange/imports/:id。',
        consumes: ['multipart/form-data'],
        response: { 202: importSchema, 413: errorResponseSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const principal = req.principal!;
      await requireCourt(db, principal);
      const storage = fileStorageOf(app.config);
      const upload = await readUpload(req, { storage, maxBytes });
      try {
        const fields = uploadFieldsSchema.safeParse(upload.fields);
        if (!fields.success) {
          const message = fields.error.issues[0]!.message;
          throw new AppError('VALIDATION_FAILED', message, [{ field: 'kind', message }]);
        }
        const { importRow, rows } = await startImport({
          db,
          storage,
          now: app.clock.now(),
          principal,
          kind: fields.data.kind,
          upload,
          context: auditContextOf(req),
        });
        runInBackground(app, () =>
          checkImport({
            db,
            now: () => app.clock.now(),
            principal,
            importId: importRow.id,
            kind: fields.data.kind,
            rows,
          }),
        );
        return reply.status(202).send(presentImport(principal, importRow));
      } finally {
        await storage.discard(upload.staged);
      }
    },
  );

  r.get(
    '/court-exchange/imports',
    {
      config: { access: 'exchange.import' },
      schema: {
        tags,
        summary: '导入记录（本院的上传、接口报送和逐条录入，新的在前）',
        querystring: listImportsQuerySchema,
        response: { 200: pageOf(importSchema), ...errorResponses },
      },
    },
    async (req) => {
      const { rows, total } = await listImports(db, {
        scope: importScopeCondition(req.principal!),
        kind: req.query.kind,
        page: req.query.page,
        pageSize: req.query.pageSize,
      });
      return {
        items: rows.map((row) => presentImport(req.principal!, row)),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  r.get(
    '/court-exchange/imports/:id',
    {
      config: { access: 'exchange.import' },
      schema: {
        tags,
        summary: '导入记录及进度（预检或导入进行中时轮询）',
        params: idParamSchema,
        response: { 200: importSchema, ...errorResponses },
      },
    },
    async (req) => presentImport(req.principal!, await loadVisibleImport(req.principal!, req.params.id)),
  );

  r.get(
    '/court-exchange/imports/:id/rows',
    {
      config: { access: 'exchange.import' },
      schema: {
        tags,
        summary: '逐行报告（按结果筛选、分页）',
        params: idParamSchema,
        querystring: importRowsQuerySchema,
        response: { 200: pageOf(reportRowSchema), ...errorResponses },
      },
    },
    async (req) => {
      await loadVisibleImport(req.principal!, req.params.id);
      const { rows, total } = await pageImportRows(db, {
        importId: req.params.id,
        outcome: req.query.outcome,
        isChangedSinceCheck:
          req.query.isChangedSinceCheck === undefined ? undefined : req.query.isChangedSinceCheck === 'true',
        page: req.query.page,
        pageSize: req.query.pageSize,
      });
      return { items: rows.map(presentRow), total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  r.post(
    '/court-exchange/imports/:id/apply',
    {
      config: { access: 'exchange.import' },
      schema: {
        tags,
        summary: '确认导入：重新校验每一行并在一个事务内写入（后台进行，轮询进度）',
        description:
          '预检之后数据若有变化，以导入时的校验为准；结果与预检不同的行标记为“预检后有变化”，导入记录给出行数。',
        params: idParamSchema,
        response: { 202: importSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const principal = req.principal!;
      await loadVisibleImport(principal, req.params.id);
      const now = app.clock.now();
      await claimImportForApply({ db, now, principal, importId: req.params.id });
      const context = auditContextOf(req);
      const claimed = presentImport(principal, await loadVisibleImport(principal, req.params.id));
      runInBackground(app, () => applyImport({ db, now, principal, importId: req.params.id, context }));
      return reply.status(202).send(claimed);
    },
  );
}
