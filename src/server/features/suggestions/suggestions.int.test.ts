import { randomUUID } from 'node:crypto';
import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, suggestions } from '../../db/schema';
import { samplePdf } from '../../files/sample-files';
import { auditRowsAfter, lastAuditId } from '../../test/factories';
import type { TestApp, TestClient } from '../../test/test-app';
import { issue, judicialTo, setUpSuggestionsTest } from './suggestions.test-helpers';

// The test clock stands at 2026-11-02 09:00 China time.
let t: TestApp;
let court: TestClient;
let coordinator: TestClient;
let clerk: TestClient;
let leader: TestClient;
let qujiang: TestClient;
let zhujian: TestClient;
let kechengCourt: TestClient;
let ids: Record<string, string> = {};

const judicial = (overrides: Record<string, unknown> = {}) => judicialTo(ids.ziran!, overrides);

async function countRows() {
  return (await t.database.db.select({ id: suggestions.id }).from(suggestions)).length;
}

async function noticesOf(suggestionId: string) {
  const rows = await t.database.db
    .select()
    .from(notifications)
    .where(like(notifications.dedupeKey, `suggestion:${suggestionId}:%`));
  return rows.map((r) => ({ organisationId: r.organisationId, kind: r.kind, dedupeKey: r.dedupeKey }));
}

beforeAll(async () => {
  ({ t, court, coordinator, clerk, leader, qujiang, zhujian, kechengCourt, ids } =
    await setUpSuggestionsTest());
});
afterAll(async () => t?.close());

describe('司法建议: numbering, copies and due date', () => {
  it('numbers from the court’s 法院代字, copies the legal-affairs office, computes two months, audits and notifies', async () => {
    const before = await lastAuditId(t.database.db);
    const body = await issue(court, judicial());
    ids.first = body.id;
    expect(body).toMatchObject({
      kind: 'judicial',
      kindLabel: '司法建议',
      documentNumber: '浙0825法建〔2026〕1号',
      issuer: { id: ids.longyouCourt, name: '龙游县人民法院' },
      addressee: { id: ids.ziran, name: '柯城区自然资源和规划局' },
      copies: [{ id: ids.kechengSifa, name: '柯城区司法局', isAutomatic: true }],
      servedOn: '2026-09-10',
      dueOn: '2026-11-10',
      daysLeft: 8,
      status: 'pending',
      statusLabel: '待答复',
      repliedOn: null,
      due: { ruleId: 'judicial-suggestion.reply' },
    });
    expect(body.due.explanation).toContain('法释〔2023〕11号');
    expect(body.timeline).toEqual([
      expect.objectContaining({
        type: 'issued',
        label: '制发',
        description:
          '制发龙游县人民法院司法建议浙0825法建〔2026〕1号，主送柯城区自然资源和规划局，抄送柯城区司法局，答复期限2026-11-10',
      }),
    ]);
    const audit = await auditRowsAfter(t.database.db, before);
    expect(audit.map((r) => r.event)).toEqual([
      'notification.sent',
      'notification.sent',
      'suggestion.issued',
    ]);
    expect(audit[2]).toMatchObject({
      targetType: 'suggestion',
      targetId: body.id,
      targetLabel: '司法建议浙0825法建〔2026〕1号',
    });
    expect(await noticesOf(body.id)).toEqual([
      {
        organisationId: ids.ziran,
        kind: 'suggestion.received',
        dedupeKey: `suggestion:${body.id}:received:${ids.ziran}`,
      },
      {
        organisationId: ids.kechengSifa,
        kind: 'suggestion.received',
        dedupeKey: `suggestion:${body.id}:received:${ids.kechengSifa}`,
      },
    ]);
  });

  it('gives the next number to the next one, 60 days on an unlawful normative document', async () => {
    const body = await issue(
      court,
      judicial({ concernsNormativeDocument: true, title: '关于规范性文件的司法建议' }),
    );
    expect(body).toMatchObject({
      documentNumber: '浙0825法建〔2026〕2号',
      dueOn: '2026-11-09',
      due: { ruleId: 'judicial-suggestion.reply.normative-document' },
    });
  });

  it('numbers per issuer: another court starts at 1 with its own code', async () => {
    const body = await issue(kechengCourt, judicial());
    expect(body.documentNumber).toBe('浙0802法建〔2026〕1号');
  });

  it('refuses a kind the caller’s organisation does not issue, and a case letter', async () => {
    const wrong = await court.post('/api/suggestions', judicial({ kind: 'reminder-letter' }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([
      { field: 'kind', message: '提醒函由司法局制发或登记，本单位不能登记此种类' },
    ]);
    const letter = await coordinator.post('/api/suggestions', judicial({ kind: 'appearance-suggestion' }));
    expect(letter.body.error.details[0]).toEqual({
      field: 'kind',
      message: '负责人出庭建议书请在案件页面的“建议书”中制发，制发后自动列入本登记',
    });
  });
});

describe('the legal-affairs office’s letters and received 检察建议', () => {
  it('asks for a numbering pattern first, then numbers from it', async () => {
    const letter = { ...judicial({ kind: 'reminder-letter', title: '关于行政应诉风险的提醒函' }) };
    const missing = await coordinator.post('/api/suggestions', letter);
    expect(missing.status).toBe(409);
    expect(missing.body.error.message).toBe('请先设置本单位“提醒函”的文号规则（建议与函件页面的“文号规则”）');
    const saved = await coordinator.put('/api/document-series/reminder-letter', {
      pattern: '柯司提〔{year}〕{n}号',
    });
    expect(saved.status).toBe(200);
    const body = await issue(coordinator, letter);
    expect(body).toMatchObject({ documentNumber: '柯司提〔2026〕1号', dueOn: null, due: null, copies: [] });
    expect((await issue(coordinator, letter)).documentNumber).toBe('柯司提〔2026〕2号');
  });

  it('registers a 检察建议 by the number received, and refuses the same number of the same issuer', async () => {
    const received = {
      kind: 'procuratorial',
      issuerName: '衢州市柯城区人民检察院',
      documentNumber: '柯检行建〔2026〕3号',
      addresseeOrgId: ids.zhujian,
      title: '关于依法履行违法建筑查处职责的检察建议',
      content: '建议依法履行职责。',
      issuedOn: '2026-10-20',
      servedOn: '2026-10-22',
      dueOn: '2026-12-22',
    };
    const body = await issue(coordinator, received);
    expect(body).toMatchObject({
      documentNumber: '柯检行建〔2026〕3号',
      issuer: { id: null, name: '衢州市柯城区人民检察院' },
      dueOn: '2026-12-22',
      due: { ruleId: null },
    });
    expect(body.timeline[0].label).toBe('登记收文');

    const before = await lastAuditId(t.database.db);
    const rows = await countRows();
    const again = await coordinator.post('/api/suggestions', {
      ...received,
      documentNumber: '柯检行建[2026]３号',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('DUPLICATE');
    expect(again.body.error.details).toEqual([
      {
        field: 'documentNumber',
        message: '衢州市柯城区人民检察院的文号“柯检行建〔2026〕3号”已于2026-11-02登记，请勿重复登记',
      },
    ]);
    expect(await countRows()).toBe(rows);
    expect(await lastAuditId(t.database.db)).toBe(before);

    // Another procuratorate may use the same number.
    await issue(coordinator, { ...received, issuerName: '衢州市衢江区人民检察院' });
  });

  it('names the field in Chinese on bad input and writes nothing', async () => {
    const before = await lastAuditId(t.database.db);
    const rows = await countRows();
    const cases: [Record<string, unknown>, string, string][] = [
      [judicial({ title: '' }), 'title', '请填写标题（至少2个字）'],
      [judicial({ issuedOn: '2026-13-01' }), 'issuedOn', '制发日期应为 YYYY-MM-DD 格式的日期'],
      [judicial({ servedOn: '2026-09-01' }), 'servedOn', '送达日期不能早于制发日期'],
      [judicial({ issuedOn: '2026-11-03', servedOn: null }), 'issuedOn', '制发日期不能晚于今天'],
      [
        { ...judicial({ kind: 'procuratorial' }), issuerName: '某检察院' },
        'documentNumber',
        '请填写检察建议书的文号（按收到的原样）',
      ],
      [
        judicial({ addresseeOrgId: ids.longyouCourt }),
        'addresseeOrgId',
        '主送单位应为人民政府、司法局、行政机关或乡镇街道',
      ],
      [judicial({ copyOrgIds: [randomUUID()] }), 'copyOrgIds.0', '抄送单位不存在或已停用，请重新选择'],
      [judicial({ caseId: randomUUID() }), 'caseId', '关联案件不存在或不在本单位可见范围内'],
    ];
    for (const [body, field, message] of cases) {
      const response = await court.post('/api/suggestions', body);
      expect(response.status, field).toBe(400);
      expect(response.body.error.details[0], field).toEqual({ field, message });
    }
    const foreign = await coordinator.post(
      '/api/suggestions',
      judicial({ kind: 'supervision-notice', addresseeOrgId: ids.qujiangZiran }),
    );
    expect(foreign.body.error.details[0]).toEqual({
      field: 'addresseeOrgId',
      message: '“衢江区自然资源和规划局”不在本单位的管辖区域内，请重新选择主送单位',
    });
    expect(await countRows()).toBe(rows);
    expect(await lastAuditId(t.database.db)).toBe(before);
  });
});

describe('scope', () => {
  it('shows a record to the issuer, addressee, copies and the region, and answers 404 to others', async () => {
    const url = `/api/suggestions/${ids.first}`;
    for (const client of [court, coordinator, clerk, leader]) {
      expect((await client.get(url)).status).toBe(200);
    }
    for (const client of [qujiang, zhujian, kechengCourt]) {
      const response = await client.get(url);
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe('建议与函件不存在或无权查看');
    }
    const listed = (await zhujian.get('/api/suggestions?pageSize=200')).body.items.map((i: any) => i.title);
    expect(listed).toEqual([
      '关于依法履行违法建筑查处职责的检察建议',
      '关于依法履行违法建筑查处职责的检察建议',
    ]);
    expect((await qujiang.get('/api/suggestions')).body.total).toBe(0);
  });

  it('gives the abilities of each row: the addressee replies, the office follows up', async () => {
    const asClerk = (await clerk.get(`/api/suggestions/${ids.first}`)).body;
    expect(asClerk.abilities).toEqual({ reply: true, rectify: false, followUp: false, attach: true });
    const asCoordinator = (await coordinator.get(`/api/suggestions/${ids.first}`)).body;
    expect(asCoordinator.abilities).toEqual({ reply: false, rectify: false, followUp: true, attach: false });
    const asCourt = (await court.get('/api/suggestions')).body;
    expect(asCourt.abilities).toEqual({ issueKinds: ['judicial'] });
  });
});

describe('reply', () => {
  it('refuses a reply from anyone but the addressee, a stale version and a missing reason', async () => {
    const current = (await clerk.get(`/api/suggestions/${ids.first}`)).body;
    const reply = {
      repliedOn: '2026-11-02',
      content: '已完善送达程序。',
      adoption: 'adopted',
      version: current.version,
    };
    expect((await coordinator.post(`/api/suggestions/${ids.first}/reply`, reply)).status).toBe(403);
    expect((await zhujian.post(`/api/suggestions/${ids.first}/reply`, reply)).status).toBe(404);
    const stale = await clerk.post(`/api/suggestions/${ids.first}/reply`, { ...reply, version: 99 });
    expect(stale.status).toBe(409);
    const noReason = await clerk.post(`/api/suggestions/${ids.first}/reply`, {
      ...reply,
      adoption: 'not-adopted',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details).toEqual([
      { field: 'adoptionReason', message: '部分采纳或未采纳的，请说明理由' },
    ]);
  });

  it('records an on-time reply, tells the issuer, and refuses a second one', async () => {
    const current = (await clerk.get(`/api/suggestions/${ids.first}`)).body;
    const before = await lastAuditId(t.database.db);
    const response = await clerk.post(`/api/suggestions/${ids.first}/reply`, {
      repliedOn: '2026-11-02',
      content: '已完善送达程序。',
      adoption: 'adopted',
      rectificationMeasures: '修订房屋征收工作规程',
      version: current.version,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      status: 'replied',
      statusLabel: '已答复',
      isOnTime: true,
      adoptionLabel: '采纳',
      isRectified: false,
      reply: { repliedOn: '2026-11-02', isOnTime: true, rectifiedOn: null },
      abilities: { reply: false, rectify: true },
    });
    expect(response.body.timeline.at(-1).description).toBe('2026-11-02答复，采纳；按期答复，整改中');
    const audit = await auditRowsAfter(t.database.db, before);
    expect(audit.map((r) => r.event)).toEqual(['notification.sent', 'suggestion.replied']);
    expect(await noticesOf(ids.first!)).toContainEqual({
      organisationId: ids.longyouCourt,
      kind: 'suggestion.replied',
      dedupeKey: `suggestion:${ids.first}:replied:${ids.longyouCourt}`,
    });
    const again = await clerk.post(`/api/suggestions/${ids.first}/reply`, {
      repliedOn: '2026-11-02',
      content: '再次答复',
      adoption: 'adopted',
      version: response.body.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('该司法建议已于2026-11-02答复，不能重复答复');
  });

  it('records rectification completed later', async () => {
    const current = (await clerk.get(`/api/suggestions/${ids.first}`)).body;
    const response = await clerk.post(`/api/suggestions/${ids.first}/rectification`, {
      rectifiedOn: '2026-11-02',
      version: current.version,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      isRectified: true,
      reply: { rectifiedOn: '2026-11-02', rectificationMeasures: '修订房屋征收工作规程' },
      abilities: { rectify: false },
    });
  });

  it('lets the office follow up, shown on the timeline', async () => {
    expect((await clerk.post(`/api/suggestions/${ids.first}/follow-ups`, { note: '电话回访' })).status).toBe(
      403,
    );
    const response = await coordinator.post(`/api/suggestions/${ids.first}/follow-ups`, {
      note: '已电话回访，整改落实',
    });
    expect(response.status).toBe(200);
    expect(response.body.timeline.at(-1)).toMatchObject({
      type: 'followed-up',
      label: '跟踪',
      actorOrgName: '柯城区司法局',
      description: '已电话回访，整改落实',
    });
  });

  it('takes papers from the addressee, downloadable in scope only', async () => {
    const boundary = `----fuyuan${randomUUID()}`;
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="category"\r\n\r\nreply\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="答复函.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      samplePdf(),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await clerk.post(`/api/suggestions/${ids.first}/files`, payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.files).toEqual([
      expect.objectContaining({ category: 'reply', categoryLabel: '答复材料', fileName: '答复函.pdf' }),
    ]);
    const url = response.body.files[0].downloadUrl;
    expect((await court.get(url)).status).toBe(200);
    expect((await zhujian.get(url)).status).toBe(404);
  });
});
