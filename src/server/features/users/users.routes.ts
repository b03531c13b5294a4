// /api/users: accounts. Handlers: validate → load → authorise → command →
// present. The temporary password of a new or reset account is answered once
// and stored only as its argon2id hash.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, idParamSchema, pageOf } from '../../../shared/api/common';
import { versionOnlySchema } from '../../../shared/api/organisations';
import {
  assignRolesSchema,
  createUserSchema,
  listUsersQuerySchema,
  temporaryPasswordResponseSchema,
  updateUserSchema,
  userSchema,
} from '../../../shared/api/users';
import { auditContextOf } from '../../http/auth';
import { notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { loadSecurityPolicy } from '../security-policy/security-policy.queries';
import { assignUserRoles } from './assign-user-roles';
import { createUser } from './create-user';
import { resetUserPassword } from './reset-user-password';
import { setUserDisabled } from './set-user-disabled';
import { unlockUser } from './unlock-user';
import { updateUser } from './update-user';
import { canReadUser, lockedAfterOf } from './users.policy';
import { presentUser } from './users.present';
import { findUser, listUsers } from './users.queries';

const tags = ['账户'];

export async function userRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  // Accounts outside the caller's scope answer 404, as if they did not exist.
  async function loadVisible(principal: Principal, id: string) {
    const user = await findUser(db, id);
    if (!user || !canReadUser(principal, user)) throw notFound('账户');
    return user;
  }
  async function present(principal: Principal, id: string) {
    const user = await loadVisible(principal, id);
    return presentUser(principal, user, await loadSecurityPolicy(db), app.clock.now());
  }

  r.get(
    '/users',
    {
      config: { access: 'user.read' },
      schema: {
        tags,
        summary: '账户列表（按用户名排序；可按用户名或姓名、机构、角色、状态筛选）',
        querystring: listUsersQuerySchema,
        response: { 200: pageOf(userSchema), ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      const q = req.query;
      const now = app.clock.now();
      const policy = await loadSecurityPolicy(db);
      const { rows, total } = await listUsers(db, {
        scope: principal.scope,
        q: q.q || undefined,
        organisationId: q.organisationId,
        role: q.role,
        status: q.status,
        lockedAfter: lockedAfterOf(policy, now),
        page: q.page,
        pageSize: q.pageSize,
      });
      return {
        items: rows.map((row) => presentUser(principal, row, policy, now)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/users/:id',
    {
      config: { access: 'user.read' },
      schema: {
        tags,
        summary: '账户详情',
        params: idParamSchema,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (req) => present(req.principal!, req.params.id),
  );

  r.post(
    '/users',
    {
      config: { access: 'user.create' },
      schema: {
        tags,
        summary: '新建账户：返回仅显示一次的临时密码，首次登录须修改',
        body: createUserSchema,
        response: { 201: temporaryPasswordResponseSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { user, temporaryPassword } = await createUser({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        input: req.body,
        context: auditContextOf(req),
      });
      return reply.status(201).send({ user: await present(req.principal!, user.id), temporaryPassword });
    },
  );

  r.put(
    '/users/:id',
    {
      config: { access: 'user.update' },
      schema: {
        tags,
        summary: '编辑账户（姓名、所属机构）',
        params: idParamSchema,
        body: updateUserSchema,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (req) => {
      const user = await loadVisible(req.principal!, req.params.id);
      await updateUser({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        user,
        input: req.body,
        context: auditContextOf(req),
      });
      return present(req.principal!, user.id);
    },
  );

  for (const action of ['disable', 'enable'] as const) {
    r.post(
      `/users/:id/${action}`,
      {
        config: { access: 'user.disable' },
        schema: {
          tags,
          summary: action === 'disable' ? '停用账户（同时结束其全部会话）' : '启用账户',
          params: idParamSchema,
          body: versionOnlySchema,
          response: { 200: userSchema, ...errorResponses },
        },
      },
      async (req) => {
        const user = await loadVisible(req.principal!, req.params.id);
        await setUserDisabled({
          db,
          now: app.clock.now(),
          principal: req.principal!,
          user,
          disabled: action === 'disable',
          version: req.body.version,
          context: auditContextOf(req),
        });
        return present(req.principal!, user.id);
      },
    );
  }

  r.post(
    '/users/:id/reset-password',
    {
      config: { access: 'user.reset-password' },
      schema: {
        tags,
        summary: '重置密码：返回仅显示一次的临时密码，并结束该账户的全部会话',
        params: idParamSchema,
        body: versionOnlySchema,
        response: { 200: temporaryPasswordResponseSchema, ...errorResponses },
      },
    },
    async (req) => {
      const user = await loadVisible(req.principal!, req.params.id);
      const { temporaryPassword } = await resetUserPassword({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        user,
        version: req.body.version,
        context: auditContextOf(req),
      });
      return { user: await present(req.principal!, user.id), temporaryPassword };
    },
  );

  r.post(
    '/users/:id/unlock',
    {
      config: { access: 'user.unlock' },
      schema: {
        tags,
        summary: '解锁因连续登录失败而锁定的账户',
        params: idParamSchema,
        body: versionOnlySchema,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (req) => {
      const user = await loadVisible(req.principal!, req.params.id);
      await unlockUser({
        db,
        now: app.clock.now(),
        policy: await loadSecurityPolicy(db),
        user,
        version: req.body.version,
        context: auditContextOf(req),
      });
      return present(req.principal!, user.id);
    },
  );

  r.put(
    '/users/:id/roles',
    {
      config: { access: 'user.assign-roles' },
      schema: {
        tags,
        summary: '分配角色（三员分立：管理员角色互斥，且不与业务角色兼任）',
        params: idParamSchema,
        body: assignRolesSchema,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (req) => {
      const user = await loadVisible(req.principal!, req.params.id);
      await assignUserRoles({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        user,
        roles: req.body.roles,
        version: req.body.version,
        context: auditContextOf(req),
      });
      return present(req.principal!, user.id);
    },
  );
}
