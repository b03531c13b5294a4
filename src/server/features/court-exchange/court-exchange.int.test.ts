import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsAfter, findOrgByName, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { applied, checked, csv, encodeGb18030, reportOf, xlsx } from './court-exchange.test-helpers';

let t: TestApp;
let clerk: TestClient;
let court: TestClient;
const ids: Record<string, string> = {};

const A = '（2026）浙0825行初101号';
const B = '（2026）浙0825行初102号';
const C = '（2026）浙0825行初103号';
const F = '（2026）浙0802行初5号'; // heard by 柯城区人民法院, not 龙游

async function caseDetail(caseNumber: string) {
  const id = ids[caseNumber]!;
  return (await clerk.get(`/api/cases/${id}`)).body;
}

async function intake(
  caseNumber: string,
  courtId: string,
  options: { served?: boolean; defendants?: string[] } = {},
) {
  const response = await clerk.post('/api/cases', {
    caseNumber,
    courtId,
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    subject: '房屋征收补偿决定',
    defendants: (options.defendants ?? [ids.ziran!]).map((organisationId) => ({ organisationId })),
    plaintiffs: [{ kind: 'person', name: '张卫东' }],
    ...(options.served === false ? {} : { service: { servedOn: '2026-09-01', manner: 'direct' } }),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  ids[caseNumber] = response.body.id;
}

const HEARING_HEADER = ['案 号', '开庭时间', '法庭', '承办法官', '开庭通知送达日期', '是否通知负责人出庭'];
const HEARINGS = () => [
  [A, '2026年10月5日 上午9:30', '第三法庭', '王法官', '2026/9/28', '是'], // 3 created
  ['（２０２６）浙0825 行初101号', '2026/10/6 14:30', '第三法庭', null, null, null], // 4 created
  [], // 5 blank
  ['（2026）浙0825行初999号', '2026-10-08 09:00', null, null, null, null], // 6 not registered
  [C, '2026-10-08 09:00', null, null, null, null], // 7 not served yet
  [F, '2026-10-08 09:00', null, null, null, null], // 8 another court
  [B, '2026-13-01 09:00', null, null, null, '可能'], // 9 two bad cells
  [B, new Date(Date.UTC(2026, 9, 7, 9, 0)), '第一法庭', null, null, null], // 10 Excel date cell: created
  [A, '2026-10-05 09:30', '第三法庭', null, null, null], // 11 same hearing as row 3
  [null, '2026-10-05 09:30', '第三法庭', null, null, null], // 12 no 案号
];
const HEARING_REPORT = [
  { row: 3, outcome: 'created', errors: [] },
  { row: 4, outcome: 'created', errors: [] },
  { row: 5, outcome: 'skipped-blank', errors: [] },
  {
    row: 6,
    outcome: 'rejected',
    errors: [{ field: 'caseNumber', column: '案号', message: '案号未登记，请协调员先登记' }],
  },
  {
    row: 7,
    outcome: 'rejected',
    errors: [{ field: 'caseNumber', column: '案号', message: '案件当前处于“已登记”阶段，不能“安排开庭”' }],
  },
  {
    row: 8,
    outcome: 'rejected',
    errors: [
      {
        field: 'caseNumber',
        column: '案号',
        message: '案号中的法院代字“浙0802”不是本院代字（浙0825），不能报送其他法院的案件',
      },
    ],
  },
  {
    row: 9,
    outcome: 'rejected',
    errors: [
      { field: 'scheduledAt', column: '开庭时间', message: '日期“2026-13-01 09:00”不存在，请核对' },
      { field: 'isHeadRequested', column: '是否通知负责人出庭', message: '应填写“是”或“否”，当前为“可能”' },
    ],
  },
  { row: 10, outcome: 'created', errors: [] },
  {
    row: 11,
    outcome: 'rejected',
    errors: [
      {
        field: 'caseNumber',
        column: '案号',
        message: '与第3行重复：同一案号、开庭时间在一批数据中只能出现一次',
      },
    ],
  },
  { row: 12, outcome: 'rejected', errors: [{ field: 'caseNumber', column: '案号', message: '请填写案号' }] },
];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ids.longyou = (await findOrgByName(db, '龙游县人民法院')).id;
  ids.kecheng = (await findOrgByName(db, '柯城区人民法院')).id;
  ids.ziran = (await findOrgByName(db, '柯城区自然资源和规划局')).id;
  ids.zhujian = (await findOrgByName(db, '柯城区住房和城乡建设局')).id;
  clerk = await t.login('kecheng-clerk');
  court = await t.login('longyou-court');
  await intake(A, ids.longyou, { defendants: [ids.ziran, ids.zhujian] });
  await intake(B, ids.longyou);
  await intake(C, ids.longyou, { served: false });
  await intake(F, ids.kecheng);
});
afterAll(async () => t?.close());

describe('hearing schedules from Excel', () => {
  let importId: string;

  it('checks every row in a dry run and writes nothing', async () => {
    const before = await lastAuditId(t.database.db);
    const done = await checked(court, 'hearings', '排庭表.xlsx', await xlsx(HEARING_HEADER, HEARINGS()));
    importId = done.id;
    expect(done).toMatchObject({
      kind: 'hearings',
      source: 'upload',
      fileName: '排庭表.xlsx',
      totalRows: 10,
      processedRows: 10,
      checkedCounts: { created: 3, updated: 0, unchanged: 0, rejected: 6, skipped: 1 },
      appliedCounts: null,
      abilities: { apply: true },
    });
    expect(await reportOf(court, importId)).toEqual(HEARING_REPORT);
    expect((await caseDetail(A)).hearings).toEqual([]);
    const audit = await auditRowsAfter(t.database.db, before);
    expect(audit.map((r) => r.event)).toEqual(['exchange.import.uploaded']);
    expect(audit[0]!.after).toMatchObject({
      kind: 'hearings',
      fileName: '排庭表.xlsx',
      rows: 10,
      format: 'xlsx',
    });
  });

  it('filters the report by outcome', async () => {
    const created = await reportOf(court, importId, '&outcome=created');
    expect(created.map((r: any) => r.row)).toEqual([3, 4, 10]);
  });

  it('applies on confirmation in one go, recording the steps as the case register does, audited', async () => {
    const before = await lastAuditId(t.database.db);
    const done = await applied(court, importId);
    expect(done).toMatchObject({
      appliedCounts: { created: 3, updated: 0, unchanged: 0, rejected: 6, skipped: 1 },
      changedSinceCheck: 0,
      appliedByName: '徐丽君',
      abilities: { apply: false },
    });
    const a = await caseDetail(A);
    expect(a.stage).toBe('pending-hearing');
    expect(
      a.hearings.map((h: any) => [
        h.scheduledAt,
        h.courtRoom,
        h.judge,
        h.noticeReceivedOn,
        h.isHeadRequested,
      ]),
    ).toEqual([
      ['2026-10-05T01:30:00.000Z', '第三法庭', '王法官', '2026-09-28', true],
      ['2026-10-06T06:30:00.000Z', '第三法庭', null, null, false],
    ]);
    const events = a.events.filter((e: any) => e.type === 'hearing-scheduled');
    expect(events.map((e: any) => [e.occurredOn, e.recordedByName])).toEqual([
      ['2026-10-05', '徐丽君'],
      ['2026-10-06', '徐丽君'],
    ]);
    expect((await caseDetail(B)).hearings.map((h: any) => h.courtRoom)).toEqual(['第一法庭']);
    const audit = await auditRowsAfter(t.database.db, before);
    expect(audit.map((r) => [r.event, r.targetType, r.targetId])).toEqual([
      ['exchange.import.applied', 'exchange-import', importId],
    ]);
    expect(audit[0]!.after).toMatchObject({
      counts: { created: 3, updated: 0, unchanged: 0, rejected: 6, skipped: 1 },
      changedSinceCheck: 0,
      cases: 2,
    });
    // Each row's outcome stays with the import, with the event written.
    const rows = (await court.get(`/api/court-exchange/imports/${importId}/rows?outcome=created`)).body.items;
    expect(rows.map((r: any) => r.eventId)).toEqual(events.map((e: any) => e.id).concat(rows[2].eventId));
    expect(rows.every((r: any) => typeof r.eventId === 'number')).toBe(true);
  });

  it('refuses a second confirmation', async () => {
    const response = await court.post(`/api/court-exchange/imports/${importId}/apply`);
    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe('该导入不是“待确认”状态（可能正在导入或已导入），不能再次确认');
  });

  it('changes nothing when the same file is imported again', async () => {
    const eventsBefore = (await caseDetail(A)).events.length;
    const done = await checked(court, 'hearings', '排庭表.xlsx', await xlsx(HEARING_HEADER, HEARINGS()));
    expect(done.checkedCounts).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 6, skipped: 1 });
    const report = await reportOf(court, done.id);
    expect(report.filter((r: any) => r.outcome === 'unchanged').map((r: any) => r.row)).toEqual([3, 4, 10]);
    expect(report.filter((r: any) => r.outcome === 'rejected')).toEqual(
      HEARING_REPORT.filter((r) => r.outcome === 'rejected'),
    );
    const after = await applied(court, done.id);
    expect(after.appliedCounts).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 6, skipped: 1 });
    expect((await caseDetail(A)).events.length).toBe(eventsBefore);
  });

  it('corrects the earlier hearing when a value changed, and leaves blank cells alone', async () => {
    const done = await checked(
      court,
      'hearings',
      '排庭表（更正）.xlsx',
      await xlsx(HEARING_HEADER, [[A, '2026-10-05 09:30', '第五法庭', null, null, null]]),
    );
    const rows = (await court.get(`/api/court-exchange/imports/${done.id}/rows`)).body.items;
    expect(rows[0]).toMatchObject({
      outcome: 'updated',
      keyLabel: `${A} / 2026-10-05 09:30`,
      changes: [{ column: '法庭', before: '第三法庭', after: '第五法庭' }],
    });
    await applied(court, done.id);
    const a = await caseDetail(A);
    expect(a.hearings[0]).toMatchObject({ courtRoom: '第五法庭', judge: '王法官', isHeadRequested: true });
    const correction = a.events.find((e: any) => e.type === 'correction');
    expect(correction).toBeDefined();
    expect(correction.correctsEventId).toBe(a.events.find((e: any) => e.type === 'hearing-scheduled').id);
  });
});

describe('appearances from CSV', () => {
  const header = [
    '案号',
    '开庭时间',
    '被告机关',
    '负责人是否出庭',
    '出庭负责人姓名',
    '职务',
    '是否属于负责人',
    '是否发言',
    '代理人',
    '未出庭理由',
    '法院审查结论',
  ];

  it('reads UTF-8 with BOM, matches defendants by name and reports each row', async () => {
    const bytes = csv([
      header,
      [A, '2026-10-05 09:30', '柯城区自然资源和规划局', '是', '林国庆', '局长', '是', '是', '', '', ''],
      [
        A,
        '2026年10月5日 上午9:30',
        '柯城区 住房和城乡建设局',
        '否',
        '',
        '',
        '',
        '',
        '张明（工作人员）、李华（律师）',
        '参加省政府专题会议',
        '法院认可',
      ],
      [A, '2026-10-06 14:30', '某某局', '是', '林国庆', '局长', '是', '是', '', '', ''],
      [A, '2026-10-09 09:00', '柯城区自然资源和规划局', '是', '林国庆', '局长', '是', '是', '', '', ''],
      [B, '2026-10-07 09:00', '柯城区自然资源和规划局', '否', '', '', '', '', '', '', ''],
    ]);
    const done = await checked(court, 'appearances', '出庭情况.csv', bytes);
    expect(await reportOf(court, done.id)).toEqual([
      { row: 2, outcome: 'created', errors: [] },
      { row: 3, outcome: 'created', errors: [] },
      {
        row: 4,
        outcome: 'rejected',
        errors: [
          {
            field: 'defendant',
            column: '被告机关',
            message: '“某某局”不是本案被告；本案被告：柯城区自然资源和规划局、柯城区住房和城乡建设局',
          },
        ],
      },
      {
        row: 5,
        outcome: 'rejected',
        errors: [
          {
            field: 'scheduledAt',
            column: '开庭时间',
            message: '本案没有 2026-10-09 09:00 开庭的庭次，请先报送排庭',
          },
        ],
      },
      {
        row: 6,
        outcome: 'rejected',
        errors: [
          { field: 'absenceExcuse', column: '未出庭理由', message: '负责人未出庭时请填写未出庭理由' },
          { field: 'agents', column: '代理人', message: '负责人未出庭时请填写出庭的工作人员或律师' },
        ],
      },
    ]);
    await applied(court, done.id);
    const a = await caseDetail(A);
    expect(a.stage).toBe('in-trial');
    const appearances = a.hearings[0].appearances;
    expect(appearances).toHaveLength(2);
  });

  it('reads a GB18030 file (Excel "CSV" on a Chinese Windows)', async () => {
    const text = [
      header.join(','),
      [B, '2026-10-07 09:00', '柯城区自然资源和规划局', '是', '林国庆', '局长', '是', '是', '', '', ''].join(
        ',',
      ),
    ].join('\r\n');
    const gb = encodeGb18030(text);
    const done = await checked(court, 'appearances', '出庭情况-gbk.csv', gb);
    expect(done.checkedCounts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0, skipped: 0 });
    const [row] = (await court.get(`/api/court-exchange/imports/${done.id}/rows`)).body.items;
    expect(row.keyLabel).toBe(`${B} / 2026-10-07 09:00 / 柯城区自然资源和规划局`);
  });
});
