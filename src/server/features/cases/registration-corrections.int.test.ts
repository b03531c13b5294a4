import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseParties, litigationCases } from '../../db/schema';
import { auditRowsAfter, findOrgByName, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';

let t: TestApp;
let clerk: TestClient;
let ids: Record<string, string>;

// The test clock stands at 2026-11-02 09:00 China time.
async function register(caseNumber: string, overrides: Record<string, unknown> = {}) {
  const response = await clerk.post('/api/cases', {
    caseNumber,
    courtId: ids.longyouCourt,
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    subject: '柯城区自然资源和规划局作出的房屋征收补偿决定',
    defendants: [{ organisationId: ids.ziran }],
    plaintiffs: [{ kind: 'person', name: '吴晓梅', idNumber: '11010519491231002X' }],
    thirdParties: [{ kind: 'organisation', name: '衢州某置业有限公司', uscc: '91350100M000100Y43' }],
    service: { servedOn: '2026-10-28', manner: 'direct' },
    ...overrides,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** The registration as the correction form sends it back: parties by id, ID numbers left empty. */
function correctionOf(c: any, changes: Record<string, unknown>) {
  const registered = c.events.find((e: any) => e.type === 'registered').payload;
  const party = (p: any) => ({ partyId: p.id, kind: p.kind, name: p.name, uscc: p.uscc });
  return {
    caseNumber: c.caseNumber,
    courtId: c.court.id,
    previousCaseId: c.previousCase?.id ?? null,
    causeCode: c.cause.code,
    domainCode: c.domain.code,
    subject: c.subject,
    claims: c.claims,
    filedOn: c.filedOn,
    isMajorSensitive: c.isMajorSensitive,
    isMass: c.isMass,
    isEnterprise: c.isEnterprise,
    isDebt: c.isDebt,
    defendants: registered.defendants,
    plaintiffs: c.parties.filter((p: any) => p.role === 'plaintiff').map(party),
    thirdParties: c.parties.filter((p: any) => p.role === 'third-party').map(party),
    reason: '应诉通知书录入有误',
    version: c.version,
    ...changes,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ids = {
    longyouCourt: (await findOrgByName(db, '龙游县人民法院')).id,
    kechengCourt: (await findOrgByName(db, '柯城区人民法院')).id,
    ziran: (await findOrgByName(db, '柯城区自然资源和规划局')).id,
    zhujian: (await findOrgByName(db, '柯城区住房和城乡建设局')).id,
  };
  clerk = await t.login('kecheng-clerk');
});
afterAll(async () => t?.close());

describe('correcting the registration', () => {
  it('rewrites number, court, cause, defendants and parties, keeping the stored 身份证号, audited', async () => {
    const c = await register('（2026）浙0825行初31号');
    const before = await lastAuditId(t.database.db);
    const body = correctionOf(c, {
      caseNumber: '(2026)浙0825行初３２号',
      courtId: ids.kechengCourt,
      causeCode: 'penalty',
      isDebt: true,
      defendants: [
        { organisationId: ids.ziran },
        { organisationId: ids.zhujian, isReconsiderationBody: false },
      ],
    });
    body.plaintiffs[0].name = '吴晓玫';
    body.plaintiffs.push({ kind: 'person', name: '吴晓兰', idNumber: '110105198001010016' });
    const response = await clerk.post(`/api/cases/${c.id}/registration-corrections`, body);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const d = response.body;
    expect(d).toMatchObject({
      caseNumber: '（2026）浙0825行初32号',
      court: { name: '柯城区人民法院' },
      cause: { code: 'penalty' },
      isDebt: true,
      version: c.version + 1,
      plaintiffNames: ['吴晓玫', '吴晓兰'],
    });
    expect(d.defendants.map((x: any) => x.id)).toEqual([ids.ziran, ids.zhujian]);
    expect(d.parties[0]).toMatchObject({ name: '吴晓玫', idNumberMasked: '1101**********002X' });
    expect(d.parties[2]).toMatchObject({ role: 'third-party', uscc: '91350100M000100Y43' });
    const stored = await t.database.db
      .select({ name: caseParties.name, idNumber: caseParties.idNumber })
      .from(caseParties)
      .where(eq(caseParties.caseId, c.id));
    expect(stored).toContainEqual({ name: '吴晓玫', idNumber: '11010519491231002X' });
    expect(stored).toContainEqual({ name: '吴晓兰', idNumber: '110105198001010016' });
    // The registered event reads as corrected; the correction keeps only masked numbers.
    const registered = d.events.find((e: any) => e.type === 'registered');
    expect(registered).toMatchObject({
      correctedByEventId: expect.any(Number),
      payload: { caseNumber: '（2026）浙0825行初32号' },
    });
    expect(JSON.stringify(d.events)).not.toContain('110105198001010016');
    expect(d.deadlines.map((x: any) => x.due)).toEqual(c.deadlines.map((x: any) => x.due));
    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows.map((r) => r.event)).toEqual(['case.corrected']);
    expect(JSON.stringify(rows[0])).not.toContain('110105198001010016');
    // Found by its new number and its new defendant's clerk; not by the old number.
    const byNew = await clerk.get(`/api/cases?q=${encodeURIComponent('行初32号')}`);
    expect(byNew.body.total).toBe(1);
    const byOld = await clerk.get(`/api/cases?q=${encodeURIComponent('行初31号')}`);
    expect(byOld.body.total).toBe(0);
    ids.corrected = c.id;
  });

  it('refuses bad corrections naming the field, and changes nothing', async () => {
    const other = await register('（2026）浙0825行初33号');
    const c = (await clerk.get(`/api/cases/${ids.corrected}`)).body;
    const before = await lastAuditId(t.database.db);
    const url = `/api/cases/${c.id}/registration-corrections`;
    const duplicate = await clerk.post(url, correctionOf(c, { caseNumber: other.caseNumber }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.details[0].field).toBe('caseNumber');
    const foreignParty = correctionOf(c, {});
    foreignParty.plaintiffs[0].partyId = other.parties[0].id;
    const foreign = await clerk.post(url, foreignParty);
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details[0]).toEqual({
      field: 'plaintiffs.0.partyId',
      message: '该当事人不属于本案，请重新填写',
    });
    const noReason = await clerk.post(url, correctionOf(c, { reason: ' ' }));
    expect(noReason.body.error.details[0].field).toBe('reason');
    const self = await clerk.post(url, correctionOf(c, { previousCaseId: c.id }));
    expect(self.body.error.details[0]).toMatchObject({
      field: 'previousCaseId',
      message: '前审案件不能是本案',
    });
    const civil = await clerk.post(url, correctionOf(c, { caseNumber: '（2026）浙0825民初1号' }));
    expect(civil.body.error.details[0].field).toBe('caseNumber');
    const court = await clerk.post(url, correctionOf(c, { courtId: ids.zhujian }));
    expect(court.body.error.details[0].field).toBe('courtId');
    const stale = await clerk.post(url, correctionOf(c, { version: c.version - 1 }));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    const viaEvent = await clerk.post(`/api/cases/${c.id}/corrections`, {
      correctsEventId: c.events.find((e: any) => e.type === 'registered').id,
      reason: '录入错误',
      isVoid: true,
      version: c.version,
    });
    expect(viaEvent.body.error.message).toBe('登记信息请通过“更正登记信息”更正');
    expect(await auditRowsAfter(t.database.db, before)).toEqual([]);
    expect((await clerk.get(`/api/cases/${c.id}`)).body).toMatchObject({
      version: c.version,
      caseNumber: '（2026）浙0825行初32号',
    });
  });

  it('keeps a defendant that already has an appearance on record', async () => {
    let c = (await clerk.get(`/api/cases/${ids.corrected}`)).body;
    const step = async (path: string, body: Record<string, unknown>) => {
      const response = await clerk.post(`/api/cases/${c.id}/${path}`, { ...body, version: c.version });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      c = response.body;
    };
    await step('defence', { submittedOn: '2026-11-01' });
    await step('hearings', { scheduledAt: '2026-11-02T08:30:00+08:00' });
    await step('appearances', {
      hearingEventId: c.hearings[0].eventId,
      defendantOrgId: ids.zhujian,
      didHeadAppear: false,
      absenceExcuse: '公务冲突',
      agents: [{ name: '周明', kind: 'staff' }],
      courtDecision: 'accepted',
    });
    const response = await clerk.post(
      `/api/cases/${c.id}/registration-corrections`,
      correctionOf(c, { defendants: [{ organisationId: ids.ziran }] }),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.details[0]).toEqual({
      field: 'defendants',
      message: '被移除的被告已有出庭记录，请先更正或作废该出庭记录',
    });
  });

  it('moves a later instance with its case when the link to the previous instance is corrected', async () => {
    const first = await register('（2026）浙0825行初34号');
    const second = await register('（2026）浙08行终35号', {
      courtId: (await findOrgByName(t.database.db, '衢州市中级人民法院')).id,
      previousCaseId: first.id,
    });
    const cycle = await clerk.post(
      `/api/cases/${first.id}/registration-corrections`,
      correctionOf(first, { previousCaseId: second.id }),
    );
    expect(cycle.body.error.details[0]).toMatchObject({ field: 'previousCaseId' });
    const unlinked = await clerk.post(
      `/api/cases/${second.id}/registration-corrections`,
      correctionOf(second, { previousCaseId: null }),
    );
    expect(unlinked.status, JSON.stringify(unlinked.body)).toBe(200);
    expect(unlinked.body).toMatchObject({ previousCase: null, disputeId: second.id });
    expect(unlinked.body.relatedCases).toEqual([]);
    const firstAfter = (await clerk.get(`/api/cases/${first.id}`)).body;
    expect(firstAfter.relatedCases).toEqual([]);
    const [row] = await t.database.db
      .select({ disputeId: litigationCases.disputeId })
      .from(litigationCases)
      .where(eq(litigationCases.id, first.id));
    expect(row!.disputeId).toBe(first.id);
  });
});
