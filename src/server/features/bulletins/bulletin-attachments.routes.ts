// /api/bulletins/:id/attachments: a draft's attachments (upload, remove) and
// their download by anyone who may see the bulletin. Registered by
// bulletins.routes.ts, with multipart parsing for these routes only.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { bulletinAttachmentParamsSchema, bulletinSchema } from '../../../shared/api/bulletins';
import { errorResponseSchema, errorResponses, idParamSchema } from '../../../shared/api/common';
import { fileStorageOf } from '../../files/local-file-storage';
import { sendStoredFile } from '../../files/send-stored-file';
import { auditContextOf } from '../../http/auth';
import { notFound } from '../../http/errors';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../attachments/attachments.routes';
import { readUpload } from '../attachments/read-upload';
import { addBulletinAttachment } from './add-bulletin-attachment';
import { bulletinAttachmentsOf } from './bulletins.queries';
import { loadBulletinDetail, loadVisibleBulletin } from './load-bulletin-views';
import { removeBulletinAttachment } from './remove-bulletin-attachment';

const tags = ['信息通报'];

export async function bulletinAttachmentRoutes(app: FastifyInstance) {
  await app.register(fastifyMultipart);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const maxBytes = app.config.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;

  r.post(
    '/bulletins/:id/attachments',
    {
      config: { access: 'bulletin.send' },
      schema: {
        tags,
        summary: '为草稿上传附件（multipart/form-data，一个文件 file）',
        description:
          '文件类型按内容识别：PDF、JPEG、PNG、Word（.docx/.doc）、Excel（.xlsx/.xls）；超过大小上限返回 413。',
        consumes: ['multipart/form-data'],
        params: idParamSchema,
        response: { 200: bulletinSchema, 413: errorResponseSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      // The bulletin first: nothing is received for a bulletin the caller cannot see.
      await loadVisibleBulletin(db, principal, req.params.id);
      const storage = fileStorageOf(app.config);
      const upload = await readUpload(req, { storage, maxBytes });
      try {
        await addBulletinAttachment({
          db,
          storage,
          now: app.clock.now(),
          principal,
          bulletinId: req.params.id,
          upload,
          context: auditContextOf(req),
        });
      } finally {
        await storage.discard(upload.staged);
      }
      return loadBulletinDetail(db, principal, req.params.id);
    },
  );

  r.post(
    '/bulletins/:id/attachments/:attachmentId/remove',
    {
      config: { access: 'bulletin.send' },
      schema: {
        tags,
        summary: '从草稿中移除附件',
        params: bulletinAttachmentParamsSchema,
        response: { 200: bulletinSchema, ...errorResponses },
      },
    },
    async (req) => {
      await loadVisibleBulletin(db, req.principal!, req.params.id);
      await removeBulletinAttachment({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        bulletinId: req.params.id,
        attachmentId: req.params.attachmentId,
        context: auditContextOf(req),
      });
      return loadBulletinDetail(db, req.principal!, req.params.id);
    },
  );

  r.get(
    '/bulletins/:id/attachments/:attachmentId',
    {
      config: { access: 'bulletin.read' },
      schema: {
        tags,
        summary: '下载附件',
        produces: ['application/octet-stream'],
        params: bulletinAttachmentParamsSchema,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      await loadVisibleBulletin(db, req.principal!, req.params.id);
      const attachment = (await bulletinAttachmentsOf(db, [req.params.id])).find(
        (a) => a.id === req.params.attachmentId,
      );
      if (!attachment) throw notFound('附件');
      return sendStoredFile(reply, fileStorageOf(app.config), attachment);
    },
  );
}
