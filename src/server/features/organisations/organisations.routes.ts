// /api/orgs: the organisation tree. Handlers: validate → load → authorise →
// command → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, idParamSchema, pageOf } from '../../../shared/api/common';
import {
  createOrganisationSchema,
  listOrganisationsQuerySchema,
  moveOrganisationSchema,
  organisationSchema,
  updateOrganisationSchema,
  versionOnlySchema,
} from '../../../shared/api/organisations';
import { auditContextOf } from '../../http/auth';
import { notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { createOrganisation } from './create-organisation';
import { moveOrganisation } from './move-organisation';
import { canReadOrganisation } from './organisations.policy';
import { presentOrganisation } from './organisations.present';
import { findOrganisation, hasChildrenFlag, listOrganisations } from './organisations.queries';
import { setOrganisationDisabled } from './set-organisation-disabled';
import { updateOrganisation } from './update-organisation';

const tags = ['组织机构'];

export async function organisationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  // Out-of-scope organisations answer 404, as if they did not exist.
  async function loadVisible(principal: Principal, id: string) {
    const org = await findOrganisation(db, id);
    if (!org || !canReadOrganisation(principal, org)) throw notFound('机构');
    return org;
  }
  const present = async (principal: Principal, id: string) => {
    const org = await loadVisible(principal, id);
    return presentOrganisation(principal, org, await hasChildrenFlag(db, id));
  };

  r.get(
    '/orgs',
    {
      config: { access: 'org.read' },
      schema: {
        tags,
        summary: '下级机构列表（省略 parentId 时为可见范围的根；带 q 时在可见范围内按名称搜索）',
        querystring: listOrganisationsQuerySchema,
        response: { 200: pageOf(organisationSchema), ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      const q = req.query;
      if (q.parentId) await loadVisible(principal, q.parentId);
      const { rows, total } = await listOrganisations(db, {
        scope: principal.scope,
        parentId: q.parentId,
        q: q.q || undefined,
        includeDisabled: q.includeDisabled === 'true',
        page: q.page,
        pageSize: q.pageSize,
      });
      return {
        items: rows.map((row) => presentOrganisation(principal, row, row.hasChildren)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/orgs/:id',
    {
      config: { access: 'org.read' },
      schema: {
        tags,
        summary: '机构详情',
        params: idParamSchema,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (req) => present(req.principal!, req.params.id),
  );

  r.post(
    '/orgs',
    {
      config: { access: 'org.create' },
      schema: {
        tags,
        summary: '新建机构',
        body: createOrganisationSchema,
        response: { 201: organisationSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await createOrganisation({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        input: req.body,
        context: auditContextOf(req),
      });
      return reply.status(201).send(presentOrganisation(req.principal!, created, false));
    },
  );

  r.put(
    '/orgs/:id',
    {
      config: { access: 'org.update' },
      schema: {
        tags,
        summary: '编辑机构（名称、行政区划代码、统一社会信用代码）',
        params: idParamSchema,
        body: updateOrganisationSchema,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (req) => {
      const org = await loadVisible(req.principal!, req.params.id);
      await updateOrganisation({
        db,
        now: app.clock.now(),
        org,
        input: req.body,
        context: auditContextOf(req),
      });
      return present(req.principal!, org.id);
    },
  );

  r.post(
    '/orgs/:id/move',
    {
      config: { access: 'org.move' },
      schema: {
        tags,
        summary: '移动机构到新的上级之下（连同下属机构）',
        params: idParamSchema,
        body: moveOrganisationSchema,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (req) => {
      const org = await loadVisible(req.principal!, req.params.id);
      await moveOrganisation({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        org,
        parentId: req.body.parentId,
        version: req.body.version,
        context: auditContextOf(req),
      });
      return present(req.principal!, org.id);
    },
  );

  for (const action of ['disable', 'enable'] as const) {
    r.post(
      `/orgs/:id/${action}`,
      {
        config: { access: 'org.disable' },
        schema: {
          tags,
          summary: action === 'disable' ? '停用机构' : '启用机构',
          params: idParamSchema,
          body: versionOnlySchema,
          response: { 200: organisationSchema, ...errorResponses },
        },
      },
      async (req) => {
        const org = await loadVisible(req.principal!, req.params.id);
        await setOrganisationDisabled({
          db,
          now: app.clock.now(),
          org,
          disabled: action === 'disable',
          version: req.body.version,
          context: auditContextOf(req),
        });
        return present(req.principal!, org.id);
      },
    );
  }
}
