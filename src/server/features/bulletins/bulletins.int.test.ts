// 信息通报 both ways: categories by the sender's side, whom a sender may
// address, drafts with content-checked attachments, sending with notices,
// inboxes with read receipts per organisation, and who may see a bulletin.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../db/schema';
import { seedDemoBulletins } from '../../demo/seed-demo-bulletins';
import { sampleExe, samplePdf } from '../../files/sample-files';
import { auditRowsAfter, findOrgByName, lastAuditId, makeUser } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';

let t: TestApp;
let court: TestClient;
let coordinator: TestClient;
let clerk: TestClient;
const ids: Record<string, string> = {};
const MAX_UPLOAD = 64 * 1024;

function upload(client: TestClient, bulletinId: string, file: { name: string; bytes: Buffer }) {
  const boundary = `----fuyuan${randomUUID()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.post(`/api/bulletins/${bulletinId}/attachments`, body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

const courtBulletin = (overrides: Record<string, unknown> = {}) => ({
  category: 'case-trend',
  title: '2026年第三季度行政案件态势分析',
  body: '第三季度受理行政案件42件，同比上升12%，征收类案件占比最高。',
  recipientIds: [ids.kechengSifa, ids.ziran],
  caseId: null,
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp({ config: { maxUploadBytes: MAX_UPLOAD } });
  const db = t.database.db;
  for (const [key, name] of [
    ['longyouCourt', '龙游县人民法院'],
    ['kechengCourt', '柯城区人民法院'],
    ['qujiangCourt', '衢江区人民法院'],
    ['cityCourt', '衢州市中级人民法院'],
    ['kechengSifa', '柯城区司法局'],
    ['citySifa', '衢州市司法局'],
    ['ziran', '柯城区自然资源和规划局'],
    ['zhujian', '柯城区住房和城乡建设局'],
    ['qujiangZhujian', '衢江区住房和城乡建设局'],
    ['longyouGongan', '龙游县公安局'],
  ]) {
    ids[key!] = (await findOrgByName(db, name!)).id;
  }
  await makeUser(db, {
    organisationId: ids.zhujian!,
    roles: ['clerk'],
    username: 'zhujian-clerk',
    password: 'Zhujian-Passw0rd!',
  });
  court = await t.login('longyou-court');
  coordinator = await t.login('kecheng-coordinator');
  clerk = await t.login('kecheng-clerk');
  const registered = await coordinator.post('/api/cases', {
    caseNumber: '（2026）浙0825行初15号',
    courtId: ids.longyouCourt,
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    subject: '房屋征收补偿决定',
    defendants: [{ organisationId: ids.ziran }],
    plaintiffs: [{ kind: 'person', name: '张卫东' }],
    thirdParties: [],
  });
  expect(registered.status, JSON.stringify(registered.body)).toBe(201);
  ids.case = registered.body.id;
});
afterAll(async () => t?.close());

describe('whom and what a sender may send', () => {
  it('offers a court the government side of the regions it serves, with the court’s categories', async () => {
    const options = (await court.get('/api/bulletins/recipient-options')).body;
    expect(options.side).toBe('court');
    expect(options.categories.map((c: any) => c.label)).toEqual([
      '新颁布的司法解释、司法政策及规范性文件',
      '行政案件态势分析',
      '重大敏感行政案件受理、处理情况',
      '行政审判中发现的行政行为普遍或突出问题',
      '行政机关负责人出庭应诉情况',
      '司法建议情况',
      '其他',
    ]);
    const names = options.items.map((o: any) => o.id);
    // 龙游 hears 柯城 and 衢江 under 集中管辖, and sits under the city.
    for (const id of [ids.kechengSifa, ids.qujiangZhujian, ids.longyouGongan, ids.citySifa]) {
      expect(names).toContain(id);
    }
    expect(names).not.toContain(ids.kechengCourt);
    const found = (await court.get(`/api/bulletins/recipient-options?q=${encodeURIComponent('柯城区司法')}`))
      .body;
    expect(found.items.map((o: any) => [o.name, o.kindLabel])).toEqual([['柯城区司法局', '司法局']]);
  });

  it('offers the government side its region and the courts serving it, with its own categories', async () => {
    const options = (await coordinator.get('/api/bulletins/recipient-options')).body;
    expect(options.side).toBe('government');
    expect(options.categories.map((c: any) => c.value)).toEqual([
      'lawful-administration',
      'enforcement-statistics',
      'major-enforcement',
      'trial-opinion',
      'suggestion-feedback',
      'reconsideration-problem',
      'government-other',
    ]);
    const names = options.items.map((o: any) => o.id);
    for (const id of [ids.longyouCourt, ids.kechengCourt, ids.cityCourt, ids.zhujian, ids.citySifa]) {
      expect(names).toContain(id);
    }
    for (const id of [ids.qujiangCourt, ids.qujiangZhujian, ids.kechengSifa]) expect(names).not.toContain(id);
    expect((await clerk.get('/api/bulletins/recipient-options')).status).toBe(403);
  });

  it('refuses a category of the other side, an organisation out of range and a case out of sight', async () => {
    const before = await lastAuditId(t.database.db);
    const wrongSide = await court.post(
      '/api/bulletins',
      courtBulletin({ category: 'lawful-administration' }),
    );
    expect(wrongSide.status).toBe(400);
    expect(wrongSide.body.error.details[0].field).toBe('category');
    expect(wrongSide.body.error.message).toContain('“推进依法行政的重要事项和措施”不是法院通报的类别');
    const govWrong = await coordinator.post(
      '/api/bulletins',
      courtBulletin({ recipientIds: [ids.longyouCourt], category: 'case-trend' }),
    );
    expect(govWrong.body.error.details[0].field).toBe('category');
    const unknown = await court.post('/api/bulletins', courtBulletin({ category: 'gossip' }));
    expect(unknown.body.error.details[0]).toEqual({
      field: 'category',
      message: '通报类别无效，请从列表中选择',
    });
    const outOfRange = await court.post(
      '/api/bulletins',
      courtBulletin({ recipientIds: [ids.kechengSifa, ids.qujiangCourt] }),
    );
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.error.details[0].field).toBe('recipientIds.1');
    const none = await court.post('/api/bulletins', courtBulletin({ recipientIds: [] }));
    expect(none.body.error.details[0]).toEqual({ field: 'recipientIds', message: '请至少选择一个接收单位' });
    const zhujian = await t.login('zhujian-clerk', 'Zhujian-Passw0rd!');
    expect((await zhujian.post('/api/bulletins', courtBulletin())).status).toBe(403);
    const hiddenCase = await coordinator.post(
      '/api/bulletins',
      courtBulletin({ category: 'trial-opinion', recipientIds: [ids.longyouCourt], caseId: randomUUID() }),
    );
    expect(hiddenCase.body.error.details[0].field).toBe('caseId');
    const written = await auditRowsAfter(t.database.db, before);
    expect(written.filter((r) => r.event.startsWith('bulletin'))).toHaveLength(0);
  });
});

describe('a court’s bulletin to the government side', () => {
  it('saves a draft with a linked case and checked attachments, seen by the sender only', async () => {
    const before = await lastAuditId(t.database.db);
    const created = await court.post('/api/bulletins', courtBulletin({ caseId: ids.case }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    ids.bulletin = created.body.id;
    expect(created.body).toMatchObject({
      status: 'draft',
      sender: { name: '龙游县人民法院' },
      senderSide: 'court',
      categoryLabel: '行政案件态势分析',
      case: { caseNumber: '（2026）浙0825行初15号' },
      createdByName: '徐丽君',
      abilities: { edit: true, send: true, markRead: false, openCase: true },
    });
    expect((await clerk.get(`/api/bulletins/${ids.bulletin}`)).status).toBe(404);

    const pdf = await upload(court, ids.bulletin!, { name: '态势分析.pdf', bytes: samplePdf() });
    expect(pdf.status, JSON.stringify(pdf.body)).toBe(200);
    expect(pdf.body.attachments.map((a: any) => [a.fileName, a.mimeType])).toEqual([
      ['态势分析.pdf', 'application/pdf'],
    ]);
    ids.attachment = pdf.body.attachments[0].id;
    const exe = await upload(court, ids.bulletin!, { name: '报表.pdf', bytes: sampleExe() });
    expect(exe.status).toBe(400);
    expect(exe.body.error.details[0].field).toBe('file');
    expect(exe.body.error.message).toContain('不支持的文件类型');
    const big = await upload(court, ids.bulletin!, {
      name: '大文件.pdf',
      bytes: Buffer.concat([samplePdf(), Buffer.alloc(MAX_UPLOAD)]),
    });
    expect(big.status).toBe(413);
    const extra = await upload(court, ids.bulletin!, { name: '多余.pdf', bytes: samplePdf() });
    // Uploaded at the same moment on the test clock: find the new one by its id, not its place.
    const added = extra.body.attachments.find((a: any) => a.id !== ids.attachment);
    expect(added.fileName).toBe('多余.pdf');
    const removed = await court.post(`/api/bulletins/${ids.bulletin}/attachments/${added.id}/remove`);
    expect(removed.body.attachments.map((a: any) => a.id)).toEqual([ids.attachment]);
    expect((await auditRowsAfter(t.database.db, before)).map((r) => r.event)).toEqual([
      'bulletin.drafted',
      'bulletin.attachment.added',
      'bulletin.attachment.added',
      'bulletin.attachment.removed',
    ]);
  });

  it('sends it read-only and tells each recipient organisation', async () => {
    const draft = (await court.get(`/api/bulletins/${ids.bulletin}`)).body;
    const stale = await court.post(`/api/bulletins/${ids.bulletin}/send`, { version: draft.version + 1 });
    expect(stale.status).toBe(409);
    t.clock.advanceMinutes(10);
    const sent = await court.post(`/api/bulletins/${ids.bulletin}/send`, { version: draft.version });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sent', sentByName: '徐丽君', abilities: { edit: false } });
    const edit = await court.put(`/api/bulletins/${ids.bulletin}`, {
      ...courtBulletin(),
      version: sent.body.version,
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toBe('信息通报已发送，不能再修改');
    const notices = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'bulletin.received'));
    expect(notices.map((n) => n.organisationId).sort()).toEqual([ids.kechengSifa, ids.ziran].sort());
    expect(notices[0]).toMatchObject({
      title: '龙游县人民法院：2026年第三季度行政案件态势分析',
      link: `/bulletins/${ids.bulletin}`,
    });
  });

  it('lands in each recipient’s inbox unread, and records who of each organisation read it first', async () => {
    const inbox = (await clerk.get('/api/bulletins/inbox')).body;
    expect(inbox).toMatchObject({ total: 1, unread: 1 });
    expect(inbox.items[0]).toMatchObject({ id: ids.bulletin, isRead: false, attachmentCount: 1 });
    const opened = (await clerk.get(`/api/bulletins/${ids.bulletin}`)).body;
    expect(opened.abilities).toMatchObject({ markRead: true, openCase: true, edit: false });
    const before = await lastAuditId(t.database.db);
    const read = await clerk.post(`/api/bulletins/${ids.bulletin}/read`);
    expect(read.status).toBe(200);
    expect(read.body.isRead).toBe(true);
    const head = await t.login('kecheng-head');
    t.clock.advanceMinutes(3);
    await head.post(`/api/bulletins/${ids.bulletin}/read`);
    const written = await auditRowsAfter(t.database.db, before);
    expect(written.filter((r) => r.event.startsWith('bulletin')).map((r) => r.event)).toEqual([
      'bulletin.read',
    ]);
    expect((await head.get('/api/bulletins/inbox?unread=true')).body).toMatchObject({ total: 0, unread: 0 });

    const sentList = (await court.get('/api/bulletins/sent')).body;
    expect(sentList.items[0].recipients.map((r: any) => [r.organisation.name, r.readByName])).toEqual([
      ['柯城区司法局', null],
      ['柯城区自然资源和规划局', '李志强'],
    ]);
    expect(await coordinator.get('/api/bulletins/inbox').then((r) => r.body.unread)).toBe(1);
    expect((await court.post(`/api/bulletins/${ids.bulletin}/read`)).status).toBe(403);

    const file = await clerk.get(`/api/bulletins/${ids.bulletin}/attachments/${ids.attachment}`);
    expect(file.status, JSON.stringify(file.body)).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
  });

  it('is hidden from every organisation that is neither sender nor recipient', async () => {
    const zhujian = await t.login('zhujian-clerk', 'Zhujian-Passw0rd!');
    const city = await t.login('city-coordinator');
    for (const outsider of [zhujian, city]) {
      expect((await outsider.get(`/api/bulletins/${ids.bulletin}`)).status).toBe(404);
      expect(
        (await outsider.get(`/api/bulletins/${ids.bulletin}/attachments/${ids.attachment}`)).status,
      ).toBe(404);
      expect((await outsider.post(`/api/bulletins/${ids.bulletin}/read`)).status).toBe(404);
      expect((await outsider.get('/api/bulletins/inbox')).body.total).toBe(0);
    }
  });
});

describe('the government side’s bulletins to the court', () => {
  it('files them in the court’s inbox with filters and paging', async () => {
    const send = async (category: string, title: string) => {
      const coordinator = await t.login('kecheng-coordinator');
      const draft = await coordinator.post('/api/bulletins', {
        category,
        title,
        body: `${title}的具体情况。`,
        recipientIds: [ids.longyouCourt],
        caseId: null,
      });
      expect(draft.status, JSON.stringify(draft.body)).toBe(201);
      const sent = await coordinator.post(`/api/bulletins/${draft.body.id}/send`, {
        version: draft.body.version,
      });
      expect(sent.status).toBe(200);
      return draft.body.id as string;
    };
    const feedback = await send('suggestion-feedback', '关于司法建议落实情况的反馈');
    t.clock.set(new Date('2026-11-04T02:00:00Z'));
    const statistics = await send('enforcement-statistics', '10月行政执法案件统计');
    const liaison = await t.login('longyou-court');
    const inbox = (await liaison.get('/api/bulletins/inbox')).body;
    expect(inbox.items.map((i: any) => i.id)).toEqual([statistics, feedback]);
    expect(inbox.items[0]).toMatchObject({ sender: { name: '柯城区司法局' }, senderSide: 'government' });
    const byCategory = (await liaison.get('/api/bulletins/inbox?category=suggestion-feedback')).body;
    expect(byCategory.items.map((i: any) => i.id)).toEqual([feedback]);
    const byDate = (await liaison.get('/api/bulletins/inbox?from=2026-11-04&to=2026-11-04')).body;
    expect(byDate.items.map((i: any) => i.id)).toEqual([statistics]);
    await liaison.post(`/api/bulletins/${statistics}/read`);
    // Unread first, then newest.
    const paged = (await liaison.get('/api/bulletins/inbox?pageSize=1')).body;
    expect(paged).toMatchObject({ total: 2, unread: 1, pageSize: 1 });
    expect(paged.items.map((i: any) => i.id)).toEqual([feedback]);
    expect((await liaison.get('/api/bulletins/inbox?unread=true')).body.items.map((i: any) => i.id)).toEqual([
      feedback,
    ]);
    const bad = await liaison.get('/api/bulletins/inbox?from=2026-13-01');
    expect(bad.body.error.details[0].field).toBe('from');
    const drafts = (await (await t.login('kecheng-coordinator')).get('/api/bulletins/sent?status=draft'))
      .body;
    expect(drafts.total).toBe(0);
  });
});

describe('demo bulletins', () => {
  it('seeds two sent bulletins, unread in the recipients’ inboxes', async () => {
    const liaison = await t.login('longyou-court');
    const before = (await liaison.get('/api/bulletins/inbox')).body.unread;
    expect(await seedDemoBulletins({ db: t.database.db, now: t.clock.now(), orgIds: t.demo.orgIds })).toBe(2);
    const inbox = (await liaison.get('/api/bulletins/inbox?unread=true')).body;
    expect(inbox.unread).toBe(before + 1);
    expect(inbox.items[0]).toMatchObject({
      title: '关于司法建议落实情况的反馈',
      sender: { name: '柯城区司法局' },
    });
    const office = await t.login('kecheng-coordinator');
    const received = (await office.get('/api/bulletins/inbox?category=case-trend')).body.items;
    expect(received.map((b: any) => b.title)).toContain('前三季度行政案件态势分析');
  });
});
