// Bad input for every step endpoint: a 400 naming the field in Chinese, and
// nothing written (no audit row, the case's version unchanged).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STEPS } from '../../../shared/api/case-steps';
import { auditRowsAfter, findOrgByName, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';

let t: TestApp;
let clerk: TestClient;
let caseId: string;
let ziran: string;

// The test clock stands at 2026-11-02 09:00 China time.
const BAD_BODIES: Record<string, { body: () => Record<string, unknown>; field: string; message: RegExp }> = {
  service: {
    body: () => ({ servedOn: '2026-13-01', manner: 'direct' }),
    field: 'servedOn',
    message: /送达日期/,
  },
  head: { body: () => ({ name: '', post: '局长', countsAsHead: true }), field: 'name', message: /姓名/ },
  defence: { body: () => ({ submittedOn: '2026-11-30' }), field: 'submittedOn', message: /晚于今天/ },
  report: { body: () => ({ reportedOn: '昨天' }), field: 'reportedOn', message: /日期/ },
  hearings: { body: () => ({ scheduledAt: '2026-11-05 上午' }), field: 'scheduledAt', message: /开庭时间/ },
  'hearing-cancellation': {
    body: () => ({ hearingEventId: '第一次开庭', reason: '法院改期' }),
    field: 'hearingEventId',
    message: /庭次/,
  },
  appearances: {
    body: () => ({ hearingEventId: 1, defendantOrgId: ziran, didHeadAppear: false, absenceExcuse: '出差' }),
    field: 'agents',
    message: /工作人员或律师/,
  },
  judgment: {
    body: () => ({
      kind: 'judgment',
      result: 'revoke',
      isLost: true,
      servedOn: '2026-11-01',
      requiresPerformance: true,
    }),
    field: 'lossReasons',
    message: /败诉原因/,
  },
  'judgment-filing': { body: () => ({}), field: 'filedOn', message: /日期/ },
  appeal: {
    body: () => ({ filedOn: '2026-11-01', appellant: 'nobody' }),
    field: 'appellant',
    message: /上诉人/,
  },
  effective: { body: () => ({ effectiveOn: 20261101 }), field: 'effectiveOn', message: /生效日期/ },
  performance: { body: () => ({ performedOn: '2026-11-01' }), field: 'description', message: /履行情况/ },
  'loss-analysis': {
    body: () => ({ analysis: '', measures: '完善流程' }),
    field: 'analysis',
    message: /分析/,
  },
};

beforeAll(async () => {
  t = await createTestApp();
  ziran = (await findOrgByName(t.database.db, '柯城区自然资源和规划局')).id;
  clerk = await t.login('kecheng-clerk');
  const created = await clerk.post('/api/cases', {
    caseNumber: '（2026）浙0825行初41号',
    courtId: (await findOrgByName(t.database.db, '龙游县人民法院')).id,
    causeCode: 'penalty',
    domainCode: 'other',
    subject: '作出的行政处罚决定',
    defendants: [{ organisationId: ziran }],
    plaintiffs: [{ kind: 'person', name: '钱小红' }],
    service: { servedOn: '2026-10-30', manner: 'direct' },
  });
  expect(created.status).toBe(201);
  caseId = created.body.id;
});
afterAll(async () => t?.close());

describe('bad input to every step', () => {
  it('covers every step endpoint', () => {
    expect(Object.keys(BAD_BODIES).sort()).toEqual(
      Object.values(CASE_STEPS)
        .map((s) => s.path)
        .sort(),
    );
  });

  for (const [path, bad] of Object.entries(BAD_BODIES)) {
    it(`POST /api/cases/:id/${path} names the field and writes nothing`, async () => {
      const before = await lastAuditId(t.database.db);
      const { version } = (await clerk.get(`/api/cases/${caseId}`)).body;
      const response = await clerk.post(`/api/cases/${caseId}/${path}`, { ...bad.body(), version });
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
      expect(response.body.error.details[0].field).toBe(bad.field);
      expect(response.body.error.details[0].message).toMatch(bad.message);
      expect(await auditRowsAfter(t.database.db, before)).toEqual([]);
      expect((await clerk.get(`/api/cases/${caseId}`)).body.version).toBe(version);
    });
  }
});
