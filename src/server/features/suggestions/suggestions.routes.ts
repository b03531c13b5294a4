// /api/suggestions: the register of judicial suggestions and their siblings
// (建议与函件登记) — issue or register, list, record page, reply,
// rectification, follow-up, papers, and the counts.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema, errorResponses, idParamSchema } from '../../../shared/api/common';
import {
  addresseeOptionsSchema,
  addresseeQuerySchema,
  followUpSchema,
  issueSuggestionSchema,
  listSuggestionsQuerySchema,
  rectificationSchema,
  replySuggestionSchema,
  suggestionDetailSchema,
  suggestionListSchema,
  suggestionStatsQuerySchema,
  suggestionStatsSchema,
} from '../../../shared/api/suggestions';
import { ORG_KIND_LABELS, type OrgKind } from '../../../shared/domain/organisations';
import { fileStorageOf } from '../../files/local-file-storage';
import { sendStoredFile } from '../../files/send-stored-file';
import { auditContextOf } from '../../http/auth';
import { AppError, forbidden, notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../attachments/attachments.routes';
import { readUpload } from '../attachments/read-upload';
import { addFollowUp } from './add-follow-up';
import { addSuggestionFile } from './add-suggestion-file';
import { issueSuggestion } from './issue-suggestion';
import {
  loadSuggestionDetail,
  loadSuggestionList,
  loadSuggestionStats,
  loadVisibleSuggestion,
} from './load-suggestion-views';
import { recordRectification } from './record-rectification';
import { replyToSuggestion } from './reply-to-suggestion';
import { suggestionAbilities } from './suggestions.policy';
import { addresseeOptions, findFile } from './suggestions.queries';

const tags = ['建议与函件'];

export async function suggestionRoutes(app: FastifyInstance) {
  await app.register(fastifyMultipart);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const maxBytes = app.config.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const detail = (principal: Principal, id: string) =>
    loadSuggestionDetail(db, principal, id, app.clock.now());

  r.get(
    '/suggestions',
    {
      config: { access: 'suggestion.read' },
      schema: {
        tags,
        summary: '建议与函件列表（种类、状态、主送单位、年份、关联案件；分页）',
        querystring: listSuggestionsQuerySchema,
        response: { 200: suggestionListSchema, ...errorResponses },
      },
    },
    async (req) => loadSuggestionList(db, req.principal!, req.query, app.clock.now()),
  );

  r.get(
    '/suggestions/stats',
    {
      config: { access: 'suggestion.read' },
      schema: {
        tags,
        summary: '统计：制发、答复、按期答复、采纳、整改件数（按种类、按主送单位）',
        querystring: suggestionStatsQuerySchema,
        response: { 200: suggestionStatsSchema, ...errorResponses },
      },
    },
    async (req) => loadSuggestionStats(db, req.principal!, req.query, app.clock.now()),
  );

  r.get(
    '/suggestions/addressees',
    {
      config: { access: 'suggestion.issue' },
      schema: {
        tags,
        summary: '可选的主送、抄送单位',
        querystring: addresseeQuerySchema,
        response: { 200: addresseeOptionsSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      // A court addresses agencies of every region it hears; an office its own region.
      const pathPrefix =
        principal.scope.all || principal.organisation.kind === 'court' ? null : principal.scope.pathPrefix;
      const rows = await addresseeOptions(db, { pathPrefix, q: req.query.q });
      return {
        items: rows.map((o) => ({ ...o, kindLabel: ORG_KIND_LABELS[o.kind as OrgKind] ?? o.kind })),
      };
    },
  );

  r.get(
    '/suggestions/:id',
    {
      config: { access: 'suggestion.read' },
      schema: {
        tags,
        summary: '建议与函件详情（答复期限说明、答复、时间线、材料）',
        params: idParamSchema,
        response: { 200: suggestionDetailSchema, ...errorResponses },
      },
    },
    async (req) => detail(req.principal!, req.params.id),
  );

  r.post(
    '/suggestions',
    {
      config: { access: 'suggestion.issue' },
      schema: {
        tags,
        summary: '制发或登记建议与函件（本平台制发的自动编号；收到的检察建议按原文号登记）',
        body: issueSuggestionSchema,
        response: { 201: suggestionDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const id = await issueSuggestion({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        input: req.body,
        context: auditContextOf(req),
      });
      return reply.status(201).send(await detail(req.principal!, id));
    },
  );

  r.post(
    '/suggestions/:id/reply',
    {
      config: { access: 'suggestion.reply' },
      schema: {
        tags,
        summary: '答复（主送单位）：答复日期、内容、采纳情况、整改措施',
        params: idParamSchema,
        body: replySuggestionSchema,
        response: { 200: suggestionDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      await loadVisibleSuggestion(db, req.principal!, req.params.id);
      await replyToSuggestion({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        id: req.params.id,
        input: req.body,
        context: auditContextOf(req),
      });
      return detail(req.principal!, req.params.id);
    },
  );

  r.post(
    '/suggestions/:id/rectification',
    {
      config: { access: 'suggestion.reply' },
      schema: {
        tags,
        summary: '登记整改完成（主送单位）',
        params: idParamSchema,
        body: rectificationSchema,
        response: { 200: suggestionDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      await loadVisibleSuggestion(db, req.principal!, req.params.id);
      await recordRectification({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        id: req.params.id,
        input: req.body,
        context: auditContextOf(req),
      });
      return detail(req.principal!, req.params.id);
    },
  );

  r.post(
    '/suggestions/:id/follow-ups',
    {
      config: { access: 'suggestion.issue' },
      schema: {
        tags,
        summary: '记录跟踪情况（制发单位、司法局）',
        params: idParamSchema,
        body: followUpSchema,
        response: { 200: suggestionDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      const { row } = await loadVisibleSuggestion(db, principal, req.params.id);
      if (!suggestionAbilities(principal, row).followUp)
        throw forbidden('只有制发单位或司法局可以记录跟踪情况');
      await addFollowUp({
        db,
        now: app.clock.now(),
        principal,
        row,
        input: req.body,
        context: auditContextOf(req),
      });
      return detail(principal, row.id);
    },
  );

  r.post(
    '/suggestions/:id/files',
    {
      config: { access: 'suggestion.read' },
      schema: {
        tags,
        summary: '上传材料（multipart/form-data：category 与一个文件 file）',
        description: 'category：letter 建议书/函件原件、reply 答复材料、rectification 整改材料、other 其他。',
        consumes: ['multipart/form-data'],
        params: idParamSchema,
        response: { 200: suggestionDetailSchema, 413: errorResponseSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      const { row } = await loadVisibleSuggestion(db, principal, req.params.id);
      if (!suggestionAbilities(principal, row).attach) throw forbidden('只有主送单位和制发单位可以上传材料');
      const storage = fileStorageOf(app.config);
      const upload = await readUpload(req, { storage, maxBytes });
      try {
        await addSuggestionFile({
          db,
          storage,
          now: app.clock.now(),
          principal,
          row,
          upload,
          context: auditContextOf(req),
        });
      } finally {
        await storage.discard(upload.staged);
      }
      return detail(principal, row.id);
    },
  );

  r.get(
    '/suggestion-files/:id/download',
    {
      config: { access: 'suggestion.read' },
      schema: {
        tags,
        summary: '下载建议与函件的材料',
        params: idParamSchema,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const file = await findFile(db, req.params.id);
      if (!file) throw notFound('材料');
      try {
        await loadVisibleSuggestion(db, req.principal!, file.suggestionId);
      } catch (error) {
        throw error instanceof AppError && error.code === 'NOT_FOUND' ? notFound('材料') : error;
      }
      return sendStoredFile(reply, fileStorageOf(app.config), file);
    },
  );
}
