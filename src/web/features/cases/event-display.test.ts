import { describe, expect, it } from 'vitest';
import { type DisplayContext, describeEvent } from './event-display';

const AGENCY_ID = '7b77e916-2820-4619-9090-0b6f92a19e99';
const COURT_ID = '5342b235-0ffe-49c9-b8e9-3e6ebccd5d4e';

const ctx: DisplayContext = {
  orgName: (id) => ({ [AGENCY_ID]: '柯城区自然资源和规划局', [COURT_ID]: '龙游县人民法院' })[id],
  hearingLabel: (eventId) => (eventId === 3 ? '2026-03-05 09:30 第三法庭' : undefined),
  dictionaryLabel: (kind, code) =>
    new Map([
      ['cause:penalty', '行政处罚'],
      ['domain:natural-resources', '自然资源'],
    ]).get(`${kind}:${code}`),
  eventLabel: (eventId) => (eventId === 2 ? '记录送达（2026-03-02）' : undefined),
  caseNumberOf: () => undefined,
};

const text = (rows: { label: string; value: string }[]) => rows.map((r) => `${r.label}：${r.value}`);

describe('the timeline reads each event in Chinese', () => {
  it('names the court, the agency, the cause and the flags of a registration', () => {
    const rows = describeEvent(
      {
        type: 'registered',
        correctsEventId: null,
        payload: {
          caseNumber: '（2026）浙0825行初88号',
          courtId: COURT_ID,
          causeCode: 'penalty',
          domainCode: 'natural-resources',
          subject: '行政处罚决定',
          claims: null,
          filedOn: null,
          isMajorSensitive: true,
          isMass: false,
          isEnterprise: true,
          isDebt: false,
          defendants: [{ organisationId: AGENCY_ID, isReconsiderationBody: false }],
          plaintiffs: [{ kind: 'person', name: '周建国', idNumber: '3308**********1232', uscc: null }],
          thirdParties: [],
        },
      },
      ctx,
    );
    expect(text(rows)).toEqual([
      '案号：（2026）浙0825行初88号',
      '审理法院：龙游县人民法院',
      '案由：行政处罚',
      '管理领域：自然资源',
      '被诉行政行为：行政处罚决定',
      '标记：重大敏感、涉企',
      '被告：柯城区自然资源和规划局',
      '原告：周建国（自然人，身份证号 3308**********1232）',
    ]);
  });

  it('shows an appearance with the hearing, the agency and the agents, not their identifiers', () => {
    const rows = describeEvent(
      {
        type: 'appearance-recorded',
        correctsEventId: null,
        payload: {
          hearingEventId: 3,
          defendantOrgId: AGENCY_ID,
          didHeadAppear: false,
          personName: null,
          countsAsHead: false,
          didSpeak: false,
          absenceExcuse: '外出执行防汛任务',
          courtDecision: 'accepted',
          agents: [{ name: '吴律师', kind: 'lawyer' }],
        },
      },
      ctx,
    );
    expect(text(rows)).toEqual([
      '庭次：2026-03-05 09:30 第三法庭',
      '被告机关：柯城区自然资源和规划局',
      '负责人出庭：否',
      '属于负责人：否',
      '出庭出声：否',
      '未出庭理由：外出执行防汛任务',
      '法院审查结论：法院认可',
      '出庭的工作人员和律师：吴律师（律师）',
    ]);
  });

  it('gives the labels of a judgment’s result and loss reasons', () => {
    const rows = describeEvent(
      {
        type: 'judgment-recorded',
        correctsEventId: null,
        payload: {
          kind: 'judgment',
          result: 'revoke',
          isLost: true,
          lossReasons: ['procedure', 'facts-unclear'],
          servedOn: '2026-05-10',
          requiresPerformance: true,
          summary: null,
        },
      },
      ctx,
    );
    expect(text(rows)).toEqual([
      '裁判类型：判决',
      '裁判结果：撤销/部分撤销',
      '行政机关败诉：是',
      '败诉原因：违反法定程序、事实不清、证据不足',
      '裁判文书送达日期：2026-05-10',
      '需要履行：是',
    ]);
  });

  it('says what a correction corrected, how, and why', () => {
    const rows = describeEvent(
      { type: 'correction', correctsEventId: 2, payload: { reason: '送达回证日期登记有误', isVoid: true } },
      ctx,
    );
    expect(text(rows)).toEqual([
      '更正对象：记录送达（2026-03-02）',
      '方式：作废该记录',
      '更正理由：送达回证日期登记有误',
    ]);
  });

  it('never shows an unknown enum value as it is stored', () => {
    const rows = describeEvent(
      {
        type: 'service-recorded',
        correctsEventId: null,
        payload: { servedOn: '2026-03-02', manner: 'by-pigeon' },
      },
      ctx,
    );
    expect(text(rows)).toEqual(['送达日期：2026-03-02', '送达方式：（未知）']);
  });
});
