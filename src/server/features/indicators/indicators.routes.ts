// /api/indicators: 考核指标 — definitions and the region's 统计口径, values,
// the per-agency breakdown, the counts, and the records behind every number.
// Reading needs 'case.read' (the indicators are computed from the case
// register and the suggestions register within the caller's scope).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../shared/api/common';
import {
  agencyBreakdownSchema,
  chooseVariantSchema,
  countRecordsQuerySchema,
  countRecordsSchema,
  countsQuerySchema,
  countsSchema,
  indicatorDefinitionListSchema,
  indicatorDefinitionSchema,
  indicatorIdParamSchema,
  indicatorRecordsQuerySchema,
  indicatorRecordsSchema,
  indicatorValuesSchema,
  periodFilterSchema,
} from '../../../shared/api/indicators';
import { requireIndicator } from '../../../shared/domain/indicators/compute';
import { auditContextOf } from '../../http/auth';
import { forbidden } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { chooseIndicatorVariant } from './choose-indicator-variant';
import { canConfigureIndicators, indicatorScopeOf } from './indicators.policy';
import {
  loadAgencyBreakdown,
  loadCountRecords,
  loadCounts,
  loadDefinitions,
  loadIndicatorRecords,
  loadValues,
} from './load-indicator-views';

const tags = ['考核指标'];

export async function indicatorRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const ctx = (principal: Principal) => ({ db, principal, now: app.clock.now() });

  r.get(
    '/indicators',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags,
        summary: '指标定义（分子、分母、计入与不计入情形、版本）及本地区适用的统计口径',
        response: { 200: indicatorDefinitionListSchema, ...errorResponses },
      },
    },
    async (req) => loadDefinitions(ctx(req.principal!)),
  );

  r.get(
    '/indicators/values',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags,
        summary: '指标值：统计期间、被告机关、法院筛选；每项含分子、分母、比率和所用口径版本',
        querystring: periodFilterSchema,
        response: { 200: indicatorValuesSchema, ...errorResponses },
      },
    },
    async (req) => loadValues(ctx(req.principal!), req.query),
  );

  r.get(
    '/indicators/values/by-agency',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags,
        summary: '按被告机关（主送单位）分列的指标值',
        querystring: periodFilterSchema,
        response: { 200: agencyBreakdownSchema, ...errorResponses },
      },
    },
    async (req) => loadAgencyBreakdown(ctx(req.principal!), req.query),
  );

  r.get(
    '/indicators/counts',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags,
        summary: '案件数：按办理阶段、案由、管理领域、审理法院或败诉原因',
        querystring: countsQuerySchema,
        response: { 200: countsSchema, ...errorResponses },
      },
    },
    async (req) => loadCounts(ctx(req.principal!), req.query),
  );

  r.get(
    '/indicators/counts/records',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags,
        summary: '某一统计项背后的案件清单（分页，总数等于该项计数）',
        querystring: countRecordsQuerySchema,
        response: { 200: countRecordsSchema, ...errorResponses },
      },
    },
    async (req) => loadCountRecords(ctx(req.principal!), req.query),
  );

  r.get(
    '/indicators/:id/records',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags,
        summary: '指标分子或分母背后的案件（或司法建议）清单（分页，总数等于该数）',
        params: indicatorIdParamSchema,
        querystring: indicatorRecordsQuerySchema,
        response: { 200: indicatorRecordsSchema, ...errorResponses },
      },
    },
    async (req) => loadIndicatorRecords(ctx(req.principal!), req.params.id, req.query),
  );

  r.put(
    '/indicators/:id/variant',
    {
      config: { access: 'indicator.configure' },
      schema: {
        tags,
        summary: '为本地区选择该指标的统计口径（记入审计日志）',
        params: indicatorIdParamSchema,
        body: chooseVariantSchema,
        response: { 200: indicatorDefinitionSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      indicatorScopeOf(principal);
      if (!canConfigureIndicators(principal)) throw forbidden();
      const indicator = requireIndicator(req.params.id);
      await chooseIndicatorVariant({
        db,
        principal,
        audit: auditContextOf(req),
        now: app.clock.now(),
        indicator,
        variantId: req.body.variantId,
      });
      const { items } = await loadDefinitions(ctx(principal));
      return items.find((item) => item.id === indicator.id)!;
    },
  );
}
