// Case attachments (案件材料): upload to a case or one of its events, the
// list, and the download. Who may see an attachment follows its case
// (cases.policy.ts): a case out of the caller's scope answers 404.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  attachmentFieldsSchema,
  attachmentListSchema,
  attachmentSchema,
} from '../../../shared/api/attachments';
import { errorResponseSchema, errorResponses, idParamSchema } from '../../../shared/api/common';
import { fileStorageOf } from '../../files/local-file-storage';
import { sendStoredFile } from '../../files/send-stored-file';
import { auditContextOf } from '../../http/auth';
import { AppError, notFound } from '../../http/errors';
import { loadVisibleCase } from '../cases/load-case-views';
import { addAttachment } from './add-attachment';
import { presentAttachment } from './attachments.present';
import { findAttachment, listAttachments } from './attachments.queries';
import { readUpload } from './read-upload';

const tags = ['案件材料'];
export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export async function attachmentRoutes(app: FastifyInstance) {
  // Multipart parsing only for this plugin's routes; limits are set per request.
  await app.register(fastifyMultipart);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const maxBytes = app.config.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;

  r.post(
    '/cases/:id/attachments',
    {
      config: { access: 'case.attach' },
      schema: {
        tags,
        summary: '上传案件材料（multipart/form-data：category、description、eventId 与一个文件 file）',
        description:
          '文件类型按内容识别：PDF、JPEG、PNG、Word（.docx/.doc）、Excel（.xlsx/.xls）；超过大小上限返回 413。',
        consumes: ['multipart/form-data'],
        params: idParamSchema,
        response: { 201: attachmentSchema, 413: errorResponseSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const principal = req.principal!;
      // The case first: nothing is received for a case the caller cannot see.
      const { row } = await loadVisibleCase(db, principal, req.params.id);
      const storage = fileStorageOf(app.config);
      const upload = await readUpload(req, { storage, maxBytes });
      try {
        const parsed = attachmentFieldsSchema.safeParse(upload.fields);
        if (!parsed.success) {
          const details = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
          throw new AppError('VALIDATION_FAILED', `上传表单有误：${details[0]!.message}`, details);
        }
        const id = await addAttachment({
          db,
          storage,
          now: app.clock.now(),
          principal,
          caseRow: row,
          upload,
          fields: parsed.data,
          context: auditContextOf(req),
        });
        return reply.status(201).send(presentAttachment((await findAttachment(db, id))!));
      } finally {
        // A no-op once the file was moved into place.
        await storage.discard(upload.staged);
      }
    },
  );

  r.get(
    '/cases/:id/attachments',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: '案件材料列表',
        params: idParamSchema,
        response: { 200: attachmentListSchema, ...errorResponses },
      },
    },
    async (req) => {
      await loadVisibleCase(db, req.principal!, req.params.id);
      return { items: (await listAttachments(db, req.params.id)).map(presentAttachment) };
    },
  );

  r.get(
    '/attachments/:id/download',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: '下载案件材料',
        produces: ['application/octet-stream'],
        params: idParamSchema,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const attachment = await findAttachment(db, req.params.id);
      if (!attachment) throw notFound('材料');
      try {
        await loadVisibleCase(db, req.principal!, attachment.caseId);
      } catch (error) {
        throw error instanceof AppError && error.code === 'NOT_FOUND' ? notFound('材料') : error;
      }
      return sendStoredFile(reply, fileStorageOf(app.config), attachment);
    },
  );
}
