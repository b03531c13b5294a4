import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { samplePdf } from '../../files/sample-files';
import { auditRowsAfter, findOrgByName, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { applied, checked, csv, reportOf, upload, xlsx } from './court-exchange.test-helpers';

let t: TestApp;
let clerk: TestClient;
let court: TestClient;
let longyouToken: Record<string, string>;
let kechengToken: Record<string, string>;
const ids: Record<string, string> = {};

const A = '（2026）浙0825行初201号';
const B = '（2026）浙0825行初202号';
const F = '（2026）浙0802行初9号'; // heard by 柯城区人民法院

const JUDGMENT = {
  kind: 'judgment',
  result: 'revoke',
  isLost: true,
  lossReasons: ['facts-unclear', 'procedure'],
  servedOn: '2026-10-20',
  requiresPerformance: true,
};

async function intake(caseNumber: string, courtId: string) {
  const response = await clerk.post('/api/cases', {
    caseNumber,
    courtId,
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    subject: '房屋征收补偿决定',
    defendants: [{ organisationId: ids.ziran }],
    plaintiffs: [{ kind: 'person', name: '张卫东' }],
    service: { servedOn: '2026-09-01', manner: 'direct' },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  ids[caseNumber] = response.body.id;
}

async function tokenFor(courtName: string) {
  const admin = await t.login('sysadmin');
  const response = await admin.post('/api/tokens', {
    name: `${courtName}审判系统`,
    organisationId: (await findOrgByName(t.database.db, courtName)).id,
    permissions: ['case.read', 'exchange.import'],
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { authorization: `Bearer ${response.body.token}` };
}

const judgmentOf = async (caseNumber: string) => (await clerk.get(`/api/cases/${ids[caseNumber]}`)).body;
const importCount = async () => (await court.get('/api/court-exchange/imports')).body.total as number;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ids.longyou = (await findOrgByName(db, '龙游县人民法院')).id;
  ids.kecheng = (await findOrgByName(db, '柯城区人民法院')).id;
  ids.ziran = (await findOrgByName(db, '柯城区自然资源和规划局')).id;
  clerk = await t.login('kecheng-clerk');
  court = await t.login('longyou-court');
  await intake(A, ids.longyou);
  await intake(B, ids.longyou);
  await intake(F, ids.kecheng);
  longyouToken = await tokenFor('龙游县人民法院');
  kechengToken = await tokenFor('柯城区人民法院');
});
afterAll(async () => t?.close());
// Imports are listed newest first: each test's happen a minute after the last's.
beforeEach(() => t.clock.advanceMinutes(1));

describe('machine API with a court token', () => {
  const anon = () => t.anonymous();

  it('reports a dry run row by row and writes nothing', async () => {
    const response = await anon().post(
      '/api/court-exchange/judgments',
      {
        dryRun: true,
        rows: [
          { caseNumber: A, ...JUDGMENT },
          { caseNumber: F, ...JUDGMENT },
        ],
      },
      longyouToken,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      dryRun: true,
      importId: null,
      counts: { created: 1, updated: 0, unchanged: 0, rejected: 1, skipped: 0 },
    });
    expect(response.body.rows.map((r: any) => [r.rowNumber, r.outcome, r.errors])).toEqual([
      [1, 'created', []],
      [
        2,
        'rejected',
        [
          {
            field: 'caseNumber',
            column: '案号',
            message: '案号中的法院代字“浙0802”不是本院代字（浙0825），不能报送其他法院的案件',
          },
        ],
      ],
    ]);
    expect((await judgmentOf(A)).stage).toBe('defending');
  });

  it('writes, audited, and is idempotent', async () => {
    const before = await lastAuditId(t.database.db);
    const body = { rows: [{ caseNumber: ` (2026)浙0825行初201号 `, ...JUDGMENT }] };
    const first = await anon().post('/api/court-exchange/judgments', body, longyouToken);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0, skipped: 0 });
    expect(first.body.rows[0].caseNumber).toBe(A);
    const a = await judgmentOf(A);
    expect(a).toMatchObject({ stage: 'judged', isLost: true, judgment: { result: 'revoke' } });
    expect(a.events.at(-1)).toMatchObject({
      type: 'judgment-recorded',
      recordedByName: '龙游县人民法院审判系统',
    });
    const audit = await auditRowsAfter(t.database.db, before);
    expect(audit.filter((r) => r.event !== 'token.used').map((r) => [r.event, r.targetId])).toEqual([
      ['exchange.import.applied', first.body.importId],
    ]);

    const again = await anon().post('/api/court-exchange/judgments', body, longyouToken);
    expect(again.body.counts).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0, skipped: 0 });
    expect((await judgmentOf(A)).events.length).toBe(a.events.length);

    const changed = await anon().post(
      '/api/court-exchange/judgments',
      { rows: [{ caseNumber: A, result: 'confirm-illegal' }] },
      longyouToken,
    );
    expect(changed.body.rows[0]).toMatchObject({
      outcome: 'updated',
      changes: [{ column: '裁判结果', before: '撤销/部分撤销', after: '确认违法' }],
    });
    expect((await judgmentOf(A)).judgment.result).toBe('confirm-illegal');
  });

  it('checks content with the case register step schema, naming the column', async () => {
    const dryRun = async (row: Record<string, unknown>) =>
      (await anon().post('/api/court-exchange/judgments', { dryRun: true, rows: [row] }, longyouToken)).body
        .rows[0].errors;
    expect([
      await dryRun({ caseNumber: B, ...JUDGMENT, lossReasons: [] }),
      await dryRun({ caseNumber: B, kind: 'ruling' }),
    ]).toEqual([
      [{ field: 'lossReasons', column: '败诉原因', message: '败诉时请至少选择一项败诉原因' }],
      [
        { field: 'result', column: '裁判结果', message: '请填写裁判结果' },
        { field: 'isLost', column: '是否败诉', message: '请填写是否败诉' },
        { field: 'servedOn', column: '送达日期', message: '请填写送达日期' },
        { field: 'requiresPerformance', column: '是否需要履行', message: '请填写是否需要履行' },
      ],
    ]);
  });

  it("cannot read or write another court's cases", async () => {
    // 柯城区人民法院's token: 龙游's cases are neither visible nor writable.
    expect((await anon().get(`/api/cases/${ids[A]}`, kechengToken)).status).toBe(404);
    const list = await anon().get('/api/cases', kechengToken);
    expect(list.body.items.map((c: any) => c.caseNumber)).toEqual([F]);
    const write = await anon().post(
      '/api/court-exchange/judgments',
      { rows: [{ caseNumber: B, ...JUDGMENT }] },
      kechengToken,
    );
    expect(write.body.rows[0].errors[0].message).toBe(
      '案号中的法院代字“浙0825”不是本院代字（浙0802），不能报送其他法院的案件',
    );
    expect((await judgmentOf(B)).stage).toBe('defending');
    // 柯城's own case is its to write; 龙游's token can neither see it nor its import.
    const own = await anon().post(
      '/api/court-exchange/judgments',
      { rows: [{ caseNumber: F, ...JUDGMENT }] },
      kechengToken,
    );
    expect(own.body.counts.created).toBe(1);
    const foreignImport = own.body.importId;
    expect((await anon().get(`/api/court-exchange/imports/${foreignImport}`, longyouToken)).status).toBe(404);
    expect((await anon().get(`/api/court-exchange/imports/${foreignImport}/rows`, longyouToken)).status).toBe(
      404,
    );
    expect((await anon().get(`/api/cases/${ids[F]}`, longyouToken)).status).toBe(404);
    const foreignWrite = await anon().post(
      '/api/court-exchange/judgments',
      { rows: [{ caseNumber: F, ...JUDGMENT, result: 'dismiss-suit' }] },
      longyouToken,
    );
    expect(foreignWrite.body.rows[0].outcome).toBe('rejected');
    expect((await judgmentOf(F)).judgment.result).toBe('revoke');
  });

  it('refuses a caller without exchange.import, and a malformed body as a whole', async () => {
    const response = await clerk.post('/api/court-exchange/judgments', {
      rows: [{ caseNumber: A, ...JUDGMENT }],
    });
    expect(response.status).toBe(403);
    const bad = await anon().post('/api/court-exchange/judgments', { rows: [] }, longyouToken);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ field: 'rows', message: '请至少提交一行' }]);
  });
});

describe('forms of the liaison (one row through the same endpoints)', () => {
  it('schedules a hearing by hand and reports the outcome', async () => {
    const response = await court.post('/api/court-exchange/hearings', {
      rows: [{ caseNumber: B, scheduledAt: '2026-10-12T09:00:00+08:00', courtRoom: '第二法庭' }],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.rows[0]).toMatchObject({ outcome: 'created', keyLabel: `${B} / 2026-10-12 09:00` });
    const imports = (await court.get('/api/court-exchange/imports')).body.items;
    expect(imports[0]).toMatchObject({ source: 'form', status: 'applied', kind: 'hearings' });
  });
});

describe('malformed files change nothing', () => {
  it.each([
    [
      'a PDF',
      '排庭.xlsx',
      async () => samplePdf(),
      '文件不是 Excel（.xlsx）或 CSV 表格（识别为PDF 文件），请使用下载的模板',
    ],
    [
      'a header without data',
      '排庭.csv',
      async () => csv([['案号', '开庭时间']]),
      '表格中没有数据：表头（第1行）以下没有内容',
    ],
    [
      'the wrong columns',
      '排庭.xlsx',
      async () => xlsx(['姓名', '年龄'], [['张三', 30]]),
      '不是“排庭”表格：在前10行中未找到表头：应有 “案号”、“开庭时间” 等列。请使用下载的模板，或核对所选的数据类型',
    ],
    [
      'a missing required column',
      '排庭.xlsx',
      async () => xlsx(['案号', '法庭'], [[A, '第一法庭']]),
      '不是“排庭”表格：表头（第2行）缺少必需的列：“开庭时间”。请使用下载的模板，或核对所选的数据类型',
    ],
    ['an empty file', '排庭.xlsx', async () => Buffer.alloc(0), '文件内容为空，请重新选择'],
    [
      'a broken workbook',
      '排庭.xlsx',
      async () => brokenXlsx(),
      '文件不是有效的 Excel（.xlsx）文件：可能已损坏、加密或是其他压缩包，请另存为 .xlsx 后重新上传',
    ],
  ])('refuses %s with a clear message', async (_what, name, make, message) => {
    const before = await lastAuditId(t.database.db);
    const imports = await importCount();
    const response = await upload(court, 'hearings', name, await make());
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(message);
    expect(response.body.error.details).toEqual([{ field: 'file', message }]);
    expect(await importCount()).toBe(imports);
    expect(await auditRowsAfter(t.database.db, before)).toEqual([]);
  });

  it('refuses an upload over the size limit', async () => {
    const small = await createTestApp({ config: { maxUploadBytes: 1024 } });
    try {
      const liaison = await small.login('longyou-court');
      const response = await upload(liaison, 'hearings', '排庭.csv', Buffer.alloc(4096, 'a'));
      expect(response.status).toBe(413);
      expect(response.body.error.message).toBe('文件超过大小上限（1024 字节），请压缩或拆分后再上传');
    } finally {
      await small.close();
    }
  });
});

describe('apply re-validates', () => {
  it('says which rows changed since the dry run', async () => {
    const header = ['案号', '裁判类型', '裁判结果', '是否败诉', '败诉原因', '送达日期', '是否需要履行'];
    const file = await xlsx(header, [[B, '裁定', '驳回起诉', '否', '', '2026-10-25', '否']]);
    const done = await checked(court, 'judgments', '裁判结果.xlsx', file);
    expect(done.checkedCounts.created).toBe(1);
    // Meanwhile the court's system sends the same case's judgment differently.
    await t
      .anonymous()
      .post('/api/court-exchange/judgments', { rows: [{ caseNumber: B, ...JUDGMENT }] }, longyouToken);
    const after = await applied(court, done.id);
    expect(after.changedSinceCheck).toBe(1);
    expect(after.appliedCounts).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0, skipped: 0 });
    const rows = (await court.get(`/api/court-exchange/imports/${done.id}/rows?isChangedSinceCheck=true`))
      .body.items;
    expect(rows.map((r: any) => [r.rowNumber, r.checkedOutcome, r.outcome])).toEqual([
      [3, 'created', 'updated'],
    ]);
    expect((await judgmentOf(B)).judgment.result).toBe('dismiss-suit');
  });
});

describe('a 10,000-row file', () => {
  it('is checked in the background with progress, and applied in one transaction', async () => {
    const numbers = Array.from({ length: 20 }, (_, i) => `（2026）浙0825行初${301 + i}号`);
    for (const n of numbers) await intake(n, ids.longyou!);
    const rows: unknown[][] = [];
    for (let i = 0; i < 10_000; i++) {
      const j = Math.floor(i / 20); // 500 distinct hearing times per case
      const day = String(1 + (j % 25)).padStart(2, '0');
      const hour = 8 + (Math.floor(j / 25) % 10);
      const minute = Math.floor(j / 250) * 30;
      // Every thousandth row names a case nobody registered.
      const caseNumber = i % 1000 === 999 ? '（2026）浙0825行初9999号' : numbers[i % 20];
      rows.push([caseNumber, `2026年8月${day}日 ${hour}:${String(minute).padStart(2, '0')}`, '第一法庭']);
    }
    const file = await xlsx(['案号', '开庭时间', '法庭'], rows);
    const response = await upload(court, 'hearings', '全年排庭.xlsx', file);
    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({ status: 'checking', totalRows: 10_000, processedRows: 0 });
    const seen: number[] = [];
    let state = response.body;
    while (state.status === 'checking') {
      seen.push(state.processedRows);
      state = (await court.get(`/api/court-exchange/imports/${response.body.id}`)).body;
    }
    expect(state).toMatchObject({
      status: 'checked',
      processedRows: 10_000,
      checkedCounts: { created: 9_990, updated: 0, unchanged: 0, rejected: 10, skipped: 0 },
    });
    // Progress moves chunk by chunk and never backwards.
    expect(seen.every((n, i) => n % 500 === 0 && n >= (seen[i - 1] ?? 0))).toBe(true);
    const last = await reportOf(court, response.body.id, '&page=50');
    expect(last.at(-1)).toEqual({
      row: 10_002,
      outcome: 'rejected',
      errors: [{ field: 'caseNumber', column: '案号', message: '案号未登记，请协调员先登记' }],
    });
    const done = await applied(court, response.body.id);
    expect(done.appliedCounts).toEqual({
      created: 9_990,
      updated: 0,
      unchanged: 0,
      rejected: 10,
      skipped: 0,
    });
    const first = (await clerk.get(`/api/cases/${ids[numbers[0]!]}`)).body;
    expect(first.hearings).toHaveLength(500);
  }, 300_000);
});

async function brokenXlsx(): Promise<Buffer> {
  // The first bytes of a workbook and then nothing: a ZIP cut short.
  const good = await xlsx(['案号', '开庭时间'], [[A, '2026-10-05 09:30']]);
  return Buffer.concat([good.subarray(0, 200), Buffer.alloc(200)]);
}
