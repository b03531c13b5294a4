// /api/audit: the audit administrator's log and its verification.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditEventSchema, auditVerificationSchema, listAuditQuerySchema } from '../../../shared/api/audit';
import { errorResponses, pageOf } from '../../../shared/api/common';
import { auditContextOf } from '../../http/auth';
import { listAuditEvents } from './audit.queries';
import { recordAudit } from './record-audit';
import { verifyAuditChain } from './verify-audit-chain';

const tags = ['审计日志'];

export async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags,
        summary: '审计日志（按操作人、事件、对象、时间筛选，新的在前）',
        querystring: listAuditQuerySchema,
        response: { 200: pageOf(auditEventSchema), ...errorResponses },
      },
    },
    async (req) => {
      const { rows, total } = await listAuditEvents(db, req.query);
      return {
        items: rows.map((row) => ({
          id: row.id,
          occurredAt: row.occurredAt.toISOString(),
          actorType: row.actorType as 'user' | 'token' | 'system' | 'anonymous',
          actorId: row.actorId,
          actorName: row.actorName,
          actorOrgName: row.actorOrgName,
          event: row.event,
          targetType: row.targetType,
          targetId: row.targetId,
          targetLabel: row.targetLabel,
          before: row.before ?? null,
          after: row.after ?? null,
          ip: row.ip,
          userAgent: row.userAgent,
          requestId: row.requestId,
          hash: row.hash,
        })),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  r.post(
    '/audit/verify',
    {
      config: { access: 'audit.verify' },
      schema: {
        tags,
        summary: '校验审计日志哈希链，返回第一处断点',
        response: { 200: auditVerificationSchema, ...errorResponses },
      },
    },
    async (req) => {
      const result = await verifyAuditChain(db);
      const now = app.clock.now();
      await db.transaction(async (tx) => {
        await recordAudit(tx, auditContextOf(req), now, {
          event: 'audit.verified',
          targetType: 'audit-log',
          targetLabel: '审计日志',
          after: { ok: result.ok, checked: result.checked, firstBrokenId: result.firstBroken?.id ?? null },
        });
      });
      return result;
    },
  );
}
