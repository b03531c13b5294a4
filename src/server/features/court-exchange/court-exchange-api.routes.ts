// The machine API of 法院数据报送: a court's system (API token bound to the
// court, permission 'exchange.import') pushes hearings, appearances and
// judgments as JSON batches; the liaison's forms use the same endpoints with
// one row. Each row gets its outcome; `dryRun` only reports.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../shared/api/common';
import {
  appearanceBatchSchema,
  batchResultSchema,
  hearingBatchSchema,
  judgmentBatchSchema,
} from '../../../shared/api/court-exchange';
import type { ExchangeKind } from '../../../shared/domain/court-exchange/columns';
import type { Db } from '../../db/client';
import { auditContextOf } from '../../http/auth';
import { forbidden } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { courtsInScope } from './court-exchange.queries';
import { pushRows } from './push-rows';

const tags = ['法院数据报送'];

/** Only a court (its liaison, or a token bound to it) sends court data. */
export async function requireCourt(db: Db, principal: Principal): Promise<void> {
  if ((await courtsInScope(db, principal)).length === 0) {
    throw forbidden('只有法院（法院联络员或绑定法院的接口令牌）可以报送法院数据');
  }
}

const BATCHES: Record<
  ExchangeKind,
  {
    schema: typeof hearingBatchSchema | typeof appearanceBatchSchema | typeof judgmentBatchSchema;
    summary: string;
    description: string;
  }
> = {
  hearings: {
    schema: hearingBatchSchema,
    summary: '报送排庭（开庭安排）',
    description: '按 案号 + 开庭时间 识别庭次：已有则比较并更正，没有则新增“安排开庭”。',
  },
  appearances: {
    schema: appearanceBatchSchema,
    summary: '报送出庭情况（负责人出庭应诉）',
    description:
      '按 案号 + 开庭时间 + 被告机关 识别：庭次须已报送；被告机关须为本案被告。负责人未出庭时须写明理由和出庭的工作人员或律师（法释〔2020〕3号）。',
  },
  judgments: {
    schema: judgmentBatchSchema,
    summary: '报送裁判结果',
    description: '按 案号 识别：已有裁判结果则比较并更正，没有则新增“记录裁判结果”。',
  },
};

export async function courtExchangeApiRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  for (const [kind, batch] of Object.entries(BATCHES) as [ExchangeKind, (typeof BATCHES)[ExchangeKind]][]) {
    r.post(
      `/court-exchange/${kind}`,
      {
        config: { access: 'exchange.import' },
        schema: {
          tags,
          summary: batch.summary,
          description:
            `${batch.description}每行返回结果（新增、更新、无变化、不予导入及原因）；同一批再次提交不会重复登记。` +
            '留空（null 或省略）的字段保留平台中已有的内容。只能报送本院的案件。',
          body: batch.schema,
          response: { 200: batchResultSchema, ...errorResponses },
        },
      },
      async (req) => {
        const principal = req.principal!;
        await requireCourt(db, principal);
        const body = req.body as { dryRun: boolean; rows: Record<string, unknown>[] };
        return pushRows({
          db,
          now: app.clock.now(),
          principal,
          kind,
          rows: body.rows,
          dryRun: body.dryRun,
          context: auditContextOf(req),
        });
      },
    );
  }
}
