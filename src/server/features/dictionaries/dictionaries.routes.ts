// /api/dictionaries: the 案由 (cause) and 管理领域 (domain) lists a case is classified by.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../shared/api/common';
import {
  dictionaryEntryParamSchema,
  dictionaryEntrySchema,
  dictionaryKindParamSchema,
  dictionaryListSchema,
  listDictionaryQuerySchema,
  saveDictionaryEntrySchema,
} from '../../../shared/api/dictionaries';
import { auditContextOf } from '../../http/auth';
import { can } from '../../http/principal';
import { presentDictionaryEntry } from './dictionaries.present';
import { listDictionaryEntries } from './dictionaries.queries';
import { saveDictionaryEntry } from './save-dictionary-entry';

const tags = ['字典'];

export async function dictionaryRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/dictionaries/:kind',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '案由（cause）或管理领域（domain）列表，按排序号',
        params: dictionaryKindParamSchema,
        querystring: listDictionaryQuerySchema,
        response: { 200: dictionaryListSchema, ...errorResponses },
      },
    },
    async (req) => {
      const rows = await listDictionaryEntries(db, req.params.kind, req.query.includeDisabled === 'true');
      return {
        items: rows.map(presentDictionaryEntry),
        abilities: { manage: can(req.principal, 'dictionary.manage') },
      };
    },
  );

  r.put(
    '/dictionaries/:kind/:code',
    {
      config: { access: 'dictionary.manage' },
      schema: {
        tags,
        summary: '新增或编辑一项案由/管理领域（名称、排序号、停用）；代码不可删除，不再使用时停用',
        params: dictionaryEntryParamSchema,
        body: saveDictionaryEntrySchema,
        response: { 200: dictionaryEntrySchema, 201: dictionaryEntrySchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { entry, created } = await saveDictionaryEntry({
        db,
        now: app.clock.now(),
        kind: req.params.kind,
        code: req.params.code,
        input: req.body,
        context: auditContextOf(req),
      });
      return reply.status(created ? 201 : 200).send(presentDictionaryEntry(entry));
    },
  );
}
