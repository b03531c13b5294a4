// /api/cases: the 行政应诉 case register — intake, the list, the case page, one
// endpoint per step, corrections with a preview, and the to-do list.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CASE_STEPS } from '../../../shared/api/case-steps';
import {
  caseDetailSchema,
  caseSummarySchema,
  correctionPreviewSchema,
  correctionSchema,
  listCasesQuerySchema,
  listTodosQuerySchema,
  registerCaseSchema,
  registrationCorrectionSchema,
  todoItemSchema,
} from '../../../shared/api/cases';
import { errorResponses, idParamSchema, pageOf } from '../../../shared/api/common';
import { CASE_EVENT_LABELS, type CaseStepType } from '../../../shared/domain/cases/vocabulary';
import { auditContextOf } from '../../http/auth';
import type { Principal } from '../../http/principal';
import { calendarForDisplay, loadCalendar } from '../calendar/load-calendar';
import { caseScopeCondition } from './cases.policy';
import { correctCaseEvent, previewCorrection } from './correct-case-event';
import { correctRegistration } from './correct-registration';
import { listTodos } from './list-todos';
import { loadCaseDetail, loadCaseList, loadVisibleCase } from './load-case-views';
import { recordCaseStep } from './record-case-step';
import { registerCase } from './register-case';

const tags = ['行政应诉'];
const versioned = z.object({ version: z.number({ error: '请提供案件版本号 version' }).int().min(1) });

export async function caseRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  /** The case page as the caller sees it, after a read or a write (days left by the display calendar). */
  const detailOf = async (principal: Principal, id: string) =>
    loadCaseDetail(db, principal, id, app.clock.now(), await calendarForDisplay.get(db));

  r.get(
    '/cases',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: '案件列表（筛选、搜索、排序、分页）',
        querystring: listCasesQuerySchema,
        response: { 200: pageOf(caseSummarySchema), ...errorResponses },
      },
    },
    async (req) =>
      loadCaseList(db, req.principal!, req.query, app.clock.now(), await calendarForDisplay.get(db)),
  );

  r.get(
    '/cases/:id',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: '案件详情',
        params: idParamSchema,
        response: { 200: caseDetailSchema, ...errorResponses },
      },
    },
    async (req) => detailOf(req.principal!, req.params.id),
  );

  r.post(
    '/cases',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        summary: '登记案件（依法院应诉通知书）',
        body: registerCaseSchema,
        response: { 201: caseDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const id = await registerCase({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        input: req.body,
        context: auditContextOf(req),
      });
      return reply.status(201).send(await detailOf(req.principal!, id));
    },
  );

  for (const [type, step] of Object.entries(CASE_STEPS)) {
    r.post(
      `/cases/:id/${step.path}`,
      {
        config: { access: 'case.record' },
        schema: {
          tags,
          summary: CASE_EVENT_LABELS[type as CaseStepType],
          params: idParamSchema,
          body: (step.schema as z.ZodObject).and(versioned),
          response: { 200: caseDetailSchema, ...errorResponses },
        },
      },
      async (req) => {
        await loadVisibleCase(db, req.principal!, req.params.id);
        const { version, ...payload } = req.body as { version: number } & Record<string, unknown>;
        await recordCaseStep({
          db,
          now: app.clock.now(),
          principal: req.principal!,
          caseId: req.params.id,
          type: type as CaseStepType,
          dateField: step.dateField,
          payload,
          version,
          context: auditContextOf(req),
        });
        return detailOf(req.principal!, req.params.id);
      },
    );
  }

  r.post(
    '/cases/:id/corrections/preview',
    {
      config: { access: 'case.correct' },
      schema: {
        tags,
        summary: '预览更正：哪些期限会变动',
        params: idParamSchema,
        body: correctionSchema,
        response: { 200: correctionPreviewSchema, ...errorResponses },
      },
    },
    async (req) => {
      await loadVisibleCase(db, req.principal!, req.params.id);
      return previewCorrection({
        db,
        now: app.clock.now(),
        calendar: await loadCalendar(db),
        caseId: req.params.id,
        input: req.body,
      });
    },
  );

  r.post(
    '/cases/:id/corrections',
    {
      config: { access: 'case.correct' },
      schema: {
        tags,
        summary: '更正一条记录（或作废），并重算受影响的期限',
        params: idParamSchema,
        body: correctionSchema,
        response: { 200: caseDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      await loadVisibleCase(db, req.principal!, req.params.id);
      await correctCaseEvent({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        caseId: req.params.id,
        input: req.body,
        context: auditContextOf(req),
      });
      return detailOf(req.principal!, req.params.id);
    },
  );

  r.post(
    '/cases/:id/registration-corrections',
    {
      config: { access: 'case.correct' },
      schema: {
        tags,
        summary: '更正登记信息（案号、法院、当事人、被告、案由等），身份证号留空则保留原号',
        params: idParamSchema,
        body: registrationCorrectionSchema,
        response: { 200: caseDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      await loadVisibleCase(db, req.principal!, req.params.id);
      await correctRegistration({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        caseId: req.params.id,
        input: req.body,
        context: auditContextOf(req),
      });
      return detailOf(req.principal!, req.params.id);
    },
  );

  r.get(
    '/todos',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary:
          '待办：本单位（协调员：本地区）未完成的期限、缺负责人的临近庭审与已过开庭日尚未登记的出庭情况',
        querystring: listTodosQuerySchema,
        response: { 200: pageOf(todoItemSchema), ...errorResponses },
      },
    },
    async (req) =>
      listTodos({
        db,
        scope: caseScopeCondition(req.principal!),
        query: req.query,
        now: app.clock.now(),
        calendar: await loadCalendar(db),
      }),
  );
}
