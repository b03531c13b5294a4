// /api/bulletins: 信息通报 — an organisation's inbox and sent list, drafts with
// attachments, sending, read receipts, and the directory of organisations a
// sender may address. Handlers: validate → load → authorise → command → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  bulletinPageSchema,
  bulletinSchema,
  bulletinVersionSchema,
  listInboxQuerySchema,
  listSentQuerySchema,
  recipientOptionListSchema,
  recipientOptionsQuerySchema,
  saveBulletinSchema,
  updateBulletinSchema,
} from '../../../shared/api/bulletins';
import { errorResponses, idParamSchema } from '../../../shared/api/common';
import { BULLETIN_CATEGORY_LABELS, categoriesOfSide } from '../../../shared/domain/bulletins';
import { ORG_KIND_LABELS, type OrgKind } from '../../../shared/domain/organisations';
import { auditContextOf } from '../../http/auth';
import { AppError } from '../../http/errors';
import { bulletinAttachmentRoutes } from './bulletin-attachments.routes';
import { addressableOrganisations } from './bulletin-directory';
import { listInbox, listSent } from './bulletins.queries';
import { createBulletin } from './create-bulletin';
import { loadBulletinDetail, loadVisibleBulletin, presentBulletinRows } from './load-bulletin-views';
import { markBulletinRead } from './mark-bulletin-read';
import { sendBulletin } from './send-bulletin';
import { updateBulletin } from './update-bulletin';

const tags = ['信息通报'];

export async function bulletinRoutes(app: FastifyInstance) {
  await app.register(bulletinAttachmentRoutes);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/bulletins/inbox',
    {
      config: { access: 'bulletin.read' },
      schema: {
        tags,
        summary: '本单位收到的信息通报（未读在前；按类别、未读、发送日期筛选）',
        querystring: listInboxQuerySchema,
        response: { 200: bulletinPageSchema, ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      const found = await listInbox(db, {
        organisationId: req.principal!.organisation.id,
        category: q.category,
        unreadOnly: q.unread === 'true',
        from: q.from,
        to: q.to,
        page: q.page,
        pageSize: q.pageSize,
      });
      return {
        items: await presentBulletinRows(db, req.principal!, found.rows),
        total: found.total,
        unread: found.unread,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/bulletins/sent',
    {
      config: { access: 'bulletin.send' },
      schema: {
        tags,
        summary: '本单位发出的信息通报与草稿（含各接收单位的阅读回执）',
        querystring: listSentQuerySchema,
        response: { 200: bulletinPageSchema, ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      const found = await listSent(db, {
        organisationId: req.principal!.organisation.id,
        category: q.category,
        status: q.status,
        from: q.from,
        to: q.to,
        page: q.page,
        pageSize: q.pageSize,
      });
      return {
        items: await presentBulletinRows(db, req.principal!, found.rows),
        total: found.total,
        unread: 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/bulletins/recipient-options',
    {
      config: { access: 'bulletin.send' },
      schema: {
        tags,
        summary: '本单位可通报的接收单位与可选类别',
        querystring: recipientOptionsQuerySchema,
        response: { 200: recipientOptionListSchema, ...errorResponses },
      },
    },
    async (req) => {
      const { side, items } = await addressableOrganisations(
        db,
        req.principal!,
        app.clock.now(),
        req.query.q,
      );
      if (!side) throw new AppError('FORBIDDEN', '本单位不属于法院或政府一方，不能发送信息通报');
      return {
        side,
        categories: categoriesOfSide(side).map((value) => ({
          value,
          label: BULLETIN_CATEGORY_LABELS[value],
        })),
        items: items.map((o) => ({
          id: o.id,
          name: o.name,
          kind: o.kind,
          kindLabel: ORG_KIND_LABELS[o.kind as OrgKind] ?? o.kind,
          regionCode: o.regionCode,
        })),
      };
    },
  );

  r.post(
    '/bulletins',
    {
      config: { access: 'bulletin.send' },
      schema: {
        tags,
        summary: '起草信息通报（保存为草稿，上传附件后发送）',
        body: saveBulletinSchema,
        response: { 201: bulletinSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const id = await createBulletin({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        input: req.body,
        context: auditContextOf(req),
      });
      return reply.status(201).send(await loadBulletinDetail(db, req.principal!, id));
    },
  );

  r.get(
    '/bulletins/:id',
    {
      config: { access: 'bulletin.read' },
      schema: {
        tags,
        summary: '信息通报详情（发送单位与接收单位可见）',
        params: idParamSchema,
        response: { 200: bulletinSchema, ...errorResponses },
      },
    },
    async (req) => loadBulletinDetail(db, req.principal!, req.params.id),
  );

  r.put(
    '/bulletins/:id',
    {
      config: { access: 'bulletin.send' },
      schema: {
        tags,
        summary: '修改草稿',
        params: idParamSchema,
        body: updateBulletinSchema,
        response: { 200: bulletinSchema, ...errorResponses },
      },
    },
    async (req) => {
      await loadVisibleBulletin(db, req.principal!, req.params.id);
      const { version, ...input } = req.body;
      await updateBulletin({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        id: req.params.id,
        input,
        version,
        context: auditContextOf(req),
      });
      return loadBulletinDetail(db, req.principal!, req.params.id);
    },
  );

  r.post(
    '/bulletins/:id/send',
    {
      config: { access: 'bulletin.send' },
      schema: {
        tags,
        summary: '发送（发送后不能再修改；通知各接收单位）',
        params: idParamSchema,
        body: bulletinVersionSchema,
        response: { 200: bulletinSchema, ...errorResponses },
      },
    },
    async (req) => {
      await loadVisibleBulletin(db, req.principal!, req.params.id);
      await sendBulletin({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        id: req.params.id,
        version: req.body.version,
        context: auditContextOf(req),
      });
      return loadBulletinDetail(db, req.principal!, req.params.id);
    },
  );

  r.post(
    '/bulletins/:id/read',
    {
      config: { access: 'bulletin.read' },
      schema: {
        tags,
        summary: '签收（阅读回执）：接收单位的人员打开通报时记录',
        params: idParamSchema,
        response: { 200: bulletinSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      const { bulletin, recipients } = await loadVisibleBulletin(db, principal, req.params.id);
      if (!recipients.some((x) => x.organisationId === principal.organisation.id)) {
        throw new AppError('FORBIDDEN', '只有接收单位可以签收信息通报');
      }
      await markBulletinRead({
        db,
        now: app.clock.now(),
        principal,
        bulletin: { id: bulletin.id, title: bulletin.title },
        context: auditContextOf(req),
      });
      return loadBulletinDetail(db, principal, req.params.id);
    },
  );
}
