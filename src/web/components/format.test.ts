// The browser may be set to any time zone; users read and type China time. This
// file runs with the process in New York time (UTC-5 in March) and checks that
// nothing shown or sent follows it.
import dayjs from 'dayjs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stepSpecOf } from '../features/cases/step-fields';
import { toFormValues, toPayload } from '../features/cases/step-values';
import { chinaToday, formatDateTime, formatDateTimeSeconds, instantOfPicker, pickerValueOf } from './format';

const hearing = stepSpecOf('hearing-scheduled');
let zone: string | undefined;

beforeAll(() => {
  zone = process.env.TZ;
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('dates and times in a browser that is not on China time', () => {
  it('runs in New York time', () => {
    expect(new Date('2026-03-05T12:00:00Z').getTimezoneOffset()).toBe(300);
  });

  it('shows a stored moment as China time', () => {
    expect(formatDateTime('2026-03-05T01:30:00.000Z')).toBe('2026-03-05 09:30');
    expect(formatDateTimeSeconds('2026-03-05T01:30:07.000Z')).toBe('2026-03-05 09:30:07');
    expect(formatDateTime(null, '从未')).toBe('从未');
  });

  it('puts a stored hearing time into the picker as its China wall-clock time, and sends it back unchanged', () => {
    const picked = pickerValueOf('2026-03-05T01:30:00.000Z');
    expect(picked.format('YYYY-MM-DD HH:mm')).toBe('2026-03-05 09:30');
    expect(instantOfPicker(picked)).toBe('2026-03-05T09:30:00+08:00');
  });

  it('records a hearing typed as 09:30 at 09:30 China time, and a correction form shows 09:30 again', () => {
    const payload = toPayload(hearing, { scheduledAt: dayjs('2026-03-05T09:30:00'), isHeadRequested: true });
    expect(payload.scheduledAt).toBe('2026-03-05T09:30:00+08:00');
    const values = toFormValues(hearing, {
      scheduledAt: new Date(String(payload.scheduledAt)).toISOString(),
    });
    expect((values.scheduledAt as dayjs.Dayjs).format('YYYY-MM-DD HH:mm')).toBe('2026-03-05 09:30');
  });

  it("takes today as China's date, which is already tomorrow in New York's evening", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-04T17:00:00Z')); // 12:00 in New York, 01:00 on the 5th in China
    expect(dayjs().format('YYYY-MM-DD')).toBe('2026-03-04');
    expect(chinaToday().format('YYYY-MM-DD')).toBe('2026-03-05');
  });
});
