// /api/assessment: 考核 — schemes (方案) and their versions, runs for a quarter
// or a year (compute, recompute while a draft, publish), the ranking and each
// unit's result with the records behind its points.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  resultDetailSchema,
  resultParamSchema,
  revisionBodySchema,
  runCreateSchema,
  runDetailSchema,
  runListSchema,
  schemeDetailSchema,
  schemeInputSchema,
  schemeListSchema,
  schemeUpdateSchema,
} from '../../../shared/api/assessment';
import { errorResponses, idParamSchema } from '../../../shared/api/common';
import { auditContextOf } from '../../http/auth';
import { notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { canManageRegion, managedRegionOf } from './assessment.policy';
import { findScheme } from './assessment.queries';
import { createAssessmentRun } from './create-assessment-run';
import { createAssessmentScheme } from './create-assessment-scheme';
import { loadResult, loadRun, loadRuns, loadScheme, loadSchemes } from './load-assessment-views';
import { publishAssessmentRun } from './publish-assessment-run';
import { recomputeAssessmentRun } from './recompute-assessment-run';
import { updateAssessmentScheme } from './update-assessment-scheme';

const tags = ['考核'];

export async function assessmentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const ctx = (principal: Principal) => ({ db, principal, now: app.clock.now() });

  r.get(
    '/assessment/schemes',
    {
      config: { access: 'assessment.read' },
      schema: { tags, summary: '本地区的考核方案', response: { 200: schemeListSchema, ...errorResponses } },
    },
    async (req) => loadSchemes(ctx(req.principal!)),
  );

  r.post(
    '/assessment/schemes',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags,
        summary:
          '新建考核方案（指标项、扣分项、等次分数线；记录各指标当时适用的统计口径）；同一地区同一考核年度的方案不能重名',
        body: schemeInputSchema,
        response: { 201: schemeDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const principal = req.principal!;
      const regionPath = managedRegionOf(principal);
      const id = await createAssessmentScheme({
        db,
        principal,
        audit: auditContextOf(req),
        now: app.clock.now(),
        regionPath,
        input: req.body,
      });
      reply.status(201);
      return loadScheme(ctx(principal), id);
    },
  );

  r.get(
    '/assessment/schemes/:id',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags,
        summary: '考核方案及其全部版本',
        params: idParamSchema,
        response: { 200: schemeDetailSchema, ...errorResponses },
      },
    },
    async (req) => loadScheme(ctx(req.principal!), req.params.id),
  );

  r.put(
    '/assessment/schemes/:id',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags,
        summary: '修改考核方案：未用于计算的版本直接修改，已用于计算的生成新版本，已有结果不变',
        params: idParamSchema,
        body: schemeUpdateSchema,
        response: { 200: schemeDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      managedRegionOf(principal);
      const scheme = await findScheme(db, req.params.id);
      if (!scheme || !canManageRegion(principal, scheme.regionPath)) throw notFound('考核方案');
      const { revision, ...input } = req.body;
      await updateAssessmentScheme({
        db,
        principal,
        audit: auditContextOf(req),
        now: app.clock.now(),
        schemeId: scheme.id,
        revision,
        input,
      });
      return loadScheme(ctx(principal), scheme.id);
    },
  );

  r.get(
    '/assessment/runs',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags,
        summary: '考核结果批次（行政机关只看到已发布的）',
        response: { 200: runListSchema, ...errorResponses },
      },
    },
    async (req) => loadRuns(ctx(req.principal!)),
  );

  r.post(
    '/assessment/runs',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags,
        summary: '计算一个季度或年度的考核结果（草稿）',
        body: runCreateSchema,
        response: { 201: runDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const principal = req.principal!;
      managedRegionOf(principal);
      const id = await createAssessmentRun({
        db,
        principal,
        audit: auditContextOf(req),
        now: app.clock.now(),
        schemeId: req.body.schemeId,
        period: req.body.period,
      });
      reply.status(201);
      return loadRun(ctx(principal), id);
    },
  );

  r.get(
    '/assessment/runs/:id',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags,
        summary:
          '考核结果：得分、等次、排名（已发布的排名向其全部被考核单位公布；各行的 abilities 说明可否查看明细）',
        params: idParamSchema,
        response: { 200: runDetailSchema, ...errorResponses },
      },
    },
    async (req) => loadRun(ctx(req.principal!), req.params.id),
  );

  r.post(
    '/assessment/runs/:id/compute',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags,
        summary:
          '重新计算草稿（按方案当前版本和最新记录；当前版本的考核年度须为考核期间所在年度）；已发布的不能重新计算',
        params: idParamSchema,
        body: revisionBodySchema,
        response: { 200: runDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      managedRegionOf(principal);
      await recomputeAssessmentRun({
        db,
        principal,
        audit: auditContextOf(req),
        now: app.clock.now(),
        runId: req.params.id,
        revision: req.body.revision,
      });
      return loadRun(ctx(principal), req.params.id);
    },
  );

  r.post(
    '/assessment/runs/:id/publish',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags,
        summary: '发布考核结果：结果冻结，并通知各被考核单位；同一地区同一期间只能发布一个考核结果',
        params: idParamSchema,
        body: revisionBodySchema,
        response: { 200: runDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      managedRegionOf(principal);
      await publishAssessmentRun({
        db,
        principal,
        audit: auditContextOf(req),
        now: app.clock.now(),
        runId: req.params.id,
        revision: req.body.revision,
      });
      return loadRun(ctx(principal), req.params.id);
    },
  );

  r.get(
    '/assessment/runs/:id/results/:organisationId',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags,
        summary:
          '一个单位的考核结果：各指标项和扣分项的得分及其依据的案件、司法建议（被考核单位只能查看本单位的，其他单位的为 403）',
        params: resultParamSchema,
        response: { 200: resultDetailSchema, ...errorResponses },
      },
    },
    async (req) => loadResult(ctx(req.principal!), req.params.id, req.params.organisationId),
  );
}
