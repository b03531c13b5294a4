// /api/courts: courts (法院代字, system code, level, region, dates) and the 集中管辖 mappings,
// with the court proposed for a region and date. Handlers: validate → load → authorise →
// command → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParamSchema, pageOf } from '../../../shared/api/common';
import {
  courtOrganisationParamSchema,
  courtProposalSchema,
  courtSchema,
  createCourtSchema,
  createJurisdictionSchema,
  endJurisdictionSchema,
  jurisdictionSchema,
  listCourtsQuerySchema,
  listJurisdictionsQuerySchema,
  proposeCourtQuerySchema,
  unregisteredCourtSchema,
  updateCourtSchema,
} from '../../../shared/api/courts';
import { auditContextOf } from '../../http/auth';
import { notFound } from '../../http/errors';
import { presentCourt, presentJurisdiction } from './courts.present';
import {
  findCourt,
  findJurisdiction,
  listCourts,
  listJurisdictions,
  listUnregisteredCourtOrganisations,
} from './courts.queries';
import { createCourt } from './create-court';
import { createJurisdiction } from './create-jurisdiction';
import { endJurisdiction } from './end-jurisdiction';
import { loadCourtProposal } from './propose-court';
import { updateCourt } from './update-court';

const tags = ['法院与管辖'];

export async function courtRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  async function loadCourt(organisationId: string) {
    const court = await findCourt(db, organisationId);
    if (!court) throw notFound('法院');
    return court;
  }

  r.get(
    '/courts',
    {
      config: { access: 'court.read' },
      schema: {
        tags,
        summary: '法院列表（可按名称或法院代字搜索、按层级筛选）',
        querystring: listCourtsQuerySchema,
        response: { 200: pageOf(courtSchema), ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      const { rows, total } = await listCourts(db, {
        q: q.q || undefined,
        level: q.level,
        page: q.page,
        pageSize: q.pageSize,
      });
      return {
        items: rows.map((row) => presentCourt(req.principal!, row)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/courts/unregistered',
    {
      config: { access: 'court.manage' },
      schema: {
        tags,
        summary: '尚未登记法院信息的法院类机构（登记法院信息时选择）',
        response: { 200: z.object({ items: z.array(unregisteredCourtSchema) }), ...errorResponses },
      },
    },
    async () => ({ items: await listUnregisteredCourtOrganisations(db) }),
  );

  r.post(
    '/courts',
    {
      config: { access: 'court.manage' },
      schema: {
        tags,
        summary: '为法院类机构登记法院信息',
        body: createCourtSchema,
        response: { 201: courtSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      await createCourt({ db, now: app.clock.now(), input: req.body, context: auditContextOf(req) });
      const created = await loadCourt(req.body.organisationId);
      return reply.status(201).send(presentCourt(req.principal!, created));
    },
  );

  r.put(
    '/courts/:organisationId',
    {
      config: { access: 'court.manage' },
      schema: {
        tags,
        summary: '编辑法院信息（法院代字、系统代码、层级、行政区划、启用与停用日期）',
        params: courtOrganisationParamSchema,
        body: updateCourtSchema,
        response: { 200: courtSchema, ...errorResponses },
      },
    },
    async (req) => {
      const court = await loadCourt(req.params.organisationId);
      await updateCourt({ db, now: app.clock.now(), court, input: req.body, context: auditContextOf(req) });
      return presentCourt(req.principal!, await loadCourt(court.organisationId));
    },
  );

  r.get(
    '/courts/jurisdictions',
    {
      config: { access: 'court.read' },
      schema: {
        tags,
        summary: '集中管辖安排（可按行政区划或法院筛选）',
        querystring: listJurisdictionsQuerySchema,
        response: { 200: z.object({ items: z.array(jurisdictionSchema) }), ...errorResponses },
      },
    },
    async (req) => {
      const rows = await listJurisdictions(db, req.query);
      return { items: rows.map((row) => presentJurisdiction(req.principal!, row)) };
    },
  );

  r.post(
    '/courts/jurisdictions',
    {
      config: { access: 'court.manage' },
      schema: {
        tags,
        summary: '新增集中管辖安排（同一行政区划、同一案件范围的安排期间不得重叠）',
        body: createJurisdictionSchema,
        response: { 201: jurisdictionSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await createJurisdiction({
        db,
        now: app.clock.now(),
        input: req.body,
        context: auditContextOf(req),
      });
      return reply.status(201).send(presentJurisdiction(req.principal!, created));
    },
  );

  r.post(
    '/courts/jurisdictions/:id/end',
    {
      config: { access: 'court.manage' },
      schema: {
        tags,
        summary: '终止集中管辖安排（设定最后有效日）',
        params: idParamSchema,
        body: endJurisdictionSchema,
        response: { 200: jurisdictionSchema, ...errorResponses },
      },
    },
    async (req) => {
      const mapping = await findJurisdiction(db, req.params.id);
      if (!mapping) throw notFound('管辖安排');
      const ended = await endJurisdiction({
        db,
        now: app.clock.now(),
        mapping,
        effectiveTo: req.body.effectiveTo,
        context: auditContextOf(req),
      });
      return presentJurisdiction(req.principal!, ended);
    },
  );

  r.get(
    '/courts/propose',
    {
      config: { access: 'court.read' },
      schema: {
        tags,
        summary: '管辖法院测算：按被告所在地行政区划与立案日期给出建议的管辖法院及依据',
        querystring: proposeCourtQuerySchema,
        response: { 200: courtProposalSchema, ...errorResponses },
      },
    },
    async (req) => {
      const proposal = await loadCourtProposal(db, req.query.regionCode, req.query.date);
      return {
        court: proposal.court && {
          organisationId: proposal.court.id,
          name: proposal.court.name,
          courtCode: proposal.court.courtCode,
        },
        source: proposal.source,
        mapping: proposal.mapping && {
          id: proposal.mapping.id,
          effectiveFrom: proposal.mapping.effectiveFrom,
          effectiveTo: proposal.mapping.effectiveTo,
          basis: proposal.mapping.basis,
        },
        reason: proposal.reason,
      };
    },
  );
}
