import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { stepSpecOf } from './step-fields';
import { checkPayload, toFormValues, toPayload } from './step-values';

const appearance = stepSpecOf('appearance-recorded');
const judgment = stepSpecOf('judgment-recorded');

describe('a step form becomes the payload the server takes', () => {
  it('sends dates as YYYY-MM-DD and a hearing time as China time (+08:00)', () => {
    const payload = toPayload(stepSpecOf('hearing-scheduled'), {
      scheduledAt: dayjs('2026-03-05T09:30:00'),
      courtRoom: '  第三法庭 ',
      judge: '',
      noticeReceivedOn: dayjs('2026-03-01'),
      isHeadRequested: true,
    });
    expect(payload).toMatchObject({
      courtRoom: '第三法庭',
      judge: null,
      noticeReceivedOn: '2026-03-01',
      isHeadRequested: true,
    });
    expect(payload.scheduledAt).toBe('2026-03-05T09:30:00+08:00');
    expect(checkPayload('hearing-scheduled', payload)).toEqual([]);
  });

  it('leaves out the fields an appearance does not show: the absence fields when the head appeared', () => {
    const payload = toPayload(appearance, {
      hearingEventId: 7,
      defendantOrgId: '7b77e916-2820-4619-9090-0b6f92a19e99',
      didHeadAppear: true,
      personName: '陈建华',
      personPost: '局长',
      countsAsHead: true,
      didSpeak: true,
      absenceExcuse: '出差',
      agents: [{ name: ' 吴律师 ', kind: 'lawyer' }],
    });
    expect(payload).not.toHaveProperty('absenceExcuse');
    expect(payload.agents).toEqual([{ name: '吴律师', kind: 'lawyer' }]);
    expect(checkPayload('appearance-recorded', payload)).toEqual([]);
  });

  it('does not send an unanswered 是/否, so the server schema asks for it', () => {
    const payload = toPayload(judgment, {
      kind: 'judgment',
      result: 'revoke',
      servedOn: dayjs('2026-03-05'),
    });
    expect(payload).not.toHaveProperty('isLost');
    const messages = checkPayload('judgment-recorded', payload).map((p) => p.message);
    expect(messages).toContain('请说明是否败诉');
    expect(messages).toContain('请说明是否需要履行');
  });
});

describe('the schema the server applies, run in the browser, names the field in Chinese', () => {
  it('asks for the head’s name when the head appeared', () => {
    const payload = toPayload(appearance, {
      hearingEventId: 7,
      defendantOrgId: '7b77e916-2820-4619-9090-0b6f92a19e99',
      didHeadAppear: true,
    });
    expect(checkPayload('appearance-recorded', payload)).toEqual([
      { name: ['personName'], message: '负责人出庭时请填写出庭负责人姓名' },
    ]);
  });

  it('asks for the excuse and the agents when the head was absent', () => {
    const payload = toPayload(appearance, {
      hearingEventId: 7,
      defendantOrgId: '7b77e916-2820-4619-9090-0b6f92a19e99',
      didHeadAppear: false,
    });
    expect(checkPayload('appearance-recorded', payload)).toEqual([
      { name: ['absenceExcuse'], message: '负责人未出庭时请填写未出庭理由' },
      { name: ['agents'], message: '负责人未出庭时请填写出庭的工作人员或律师' },
    ]);
  });

  it('puts a problem of one agent on that agent’s row', () => {
    const payload = toPayload(appearance, {
      hearingEventId: 7,
      defendantOrgId: '7b77e916-2820-4619-9090-0b6f92a19e99',
      didHeadAppear: false,
      absenceExcuse: '外出执行防汛任务',
      agents: [
        { name: '张三', kind: 'staff' },
        { name: '  ', kind: 'lawyer' },
      ],
    });
    expect(checkPayload('appearance-recorded', payload)).toEqual([
      { name: ['agents', 1, 'name'], message: '请填写代理人姓名' },
    ]);
  });

  it('wants a loss reason when the agency lost', () => {
    const payload = toPayload(judgment, {
      kind: 'judgment',
      result: 'revoke',
      isLost: true,
      lossReasons: [],
      servedOn: dayjs('2026-03-05'),
      requiresPerformance: true,
    });
    expect(checkPayload('judgment-recorded', payload)).toEqual([
      { name: ['lossReasons'], message: '败诉时请至少选择一项败诉原因' },
    ]);
  });
});

describe('a recorded payload prefills the correction form', () => {
  it('turns dates back into pickers and keeps the rest', () => {
    const values = toFormValues(stepSpecOf('service-recorded'), {
      servedOn: '2026-03-02',
      manner: 'mail',
      signedBy: null,
    });
    expect(dayjs.isDayjs(values.servedOn)).toBe(true);
    expect((values.servedOn as dayjs.Dayjs).format('YYYY-MM-DD')).toBe('2026-03-02');
    expect(values.manner).toBe('mail');
    expect(values).not.toHaveProperty('signedBy');
    expect(toPayload(stepSpecOf('service-recorded'), values)).toEqual({
      servedOn: '2026-03-02',
      manner: 'mail',
      signedBy: null,
    });
  });

  it('starts a new form from each field’s default', () => {
    expect(toFormValues(stepSpecOf('service-recorded'))).toEqual({ manner: 'direct' });
  });
});
