// Letters of the legal-affairs office on a case (负责人出庭建议书, 履行生效裁判建议书)
// and the organisation's document-number series (文号规则) they are numbered from.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, idParamSchema } from '../../../shared/api/common';
import {
  documentSeriesListSchema,
  documentSeriesSchema,
  generateLetterSchema,
  letterListSchema,
  letterSchema,
  saveDocumentSeriesSchema,
  seriesCodeParamSchema,
} from '../../../shared/api/letters';
import { chinaDate } from '../../../shared/domain/china-time';
import { fileStorageOf } from '../../files/local-file-storage';
import { sendStoredFile } from '../../files/send-stored-file';
import { auditContextOf } from '../../http/auth';
import { AppError, notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { caseEventsOf } from '../cases/cases.queries';
import { loadVisibleCase } from '../cases/load-case-views';
import { stateOf } from '../cases/project-case';
import { generateLetter } from './generate-letter';
import { letterAbilities } from './letters.policy';
import { presentLetter, presentSeries } from './letters.present';
import { findLetter, listLetters, listSeries } from './letters.queries';
import { saveDocumentSeries } from './save-document-series';

const tags = ['建议书与文号'];

export async function letterRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const currentYear = () => Number(chinaDate(app.clock.now()).slice(0, 4));

  async function seriesOf(principal: Principal, code: string) {
    const year = currentYear();
    const rows = await listSeries(db, principal.organisation.id, year);
    const row = rows.find((s) => s.code === code);
    return row ? presentSeries(row, year) : null;
  }

  r.get(
    '/document-series',
    {
      config: { access: 'case.letter' },
      schema: {
        tags,
        summary: '本单位的文号规则',
        response: { 200: documentSeriesListSchema, ...errorResponses },
      },
    },
    async (req) => {
      const year = currentYear();
      const rows = await listSeries(db, req.principal!.organisation.id, year);
      return { items: rows.map((row) => presentSeries(row, year)) };
    },
  );

  r.put(
    '/document-series/:code',
    {
      config: { access: 'case.letter' },
      schema: {
        tags,
        summary: '设置本单位的文号规则（如 suggestion：柯司建〔{year}〕{n}号）',
        params: seriesCodeParamSchema,
        body: saveDocumentSeriesSchema,
        response: { 200: documentSeriesSchema, ...errorResponses },
      },
    },
    async (req) => {
      await saveDocumentSeries({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        code: req.params.code,
        pattern: req.body.pattern,
        context: auditContextOf(req),
      });
      return (await seriesOf(req.principal!, req.params.code))!;
    },
  );

  r.post(
    '/cases/:id/letters',
    {
      config: { access: 'case.letter' },
      schema: {
        tags,
        summary: '制发建议书（负责人出庭建议书、履行生效裁判建议书），生成 Word 文件',
        params: idParamSchema,
        body: generateLetterSchema,
        response: { 201: letterSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const visibleCase = await loadVisibleCase(db, req.principal!, req.params.id);
      const id = await generateLetter({
        db,
        storage: fileStorageOf(app.config),
        now: app.clock.now(),
        principal: req.principal!,
        visibleCase,
        input: req.body,
        context: auditContextOf(req),
      });
      return reply.status(201).send(presentLetter((await findLetter(db, id))!));
    },
  );

  r.get(
    '/cases/:id/letters',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: '本案已制发的建议书',
        params: idParamSchema,
        response: { 200: letterListSchema, ...errorResponses },
      },
    },
    async (req) => {
      await loadVisibleCase(db, req.principal!, req.params.id);
      const [letters, events] = await Promise.all([
        listLetters(db, req.params.id),
        caseEventsOf(db, req.params.id),
      ]);
      return {
        items: letters.map(presentLetter),
        abilities: letterAbilities(req.principal!, stateOf(events)),
      };
    },
  );

  r.get(
    '/letters/:id/download',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: '下载建议书（Word）',
        produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        params: idParamSchema,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const letter = await findLetter(db, req.params.id);
      if (!letter) throw notFound('建议书');
      try {
        await loadVisibleCase(db, req.principal!, letter.caseId);
      } catch (error) {
        throw error instanceof AppError && error.code === 'NOT_FOUND' ? notFound('建议书') : error;
      }
      return sendStoredFile(reply, fileStorageOf(app.config), letter);
    },
  );
}
