// 数据看板 end to end: the coordinator opens the dashboard on the demo data,
// clicks one agency's 出庭应诉率 in the ranking table and gets exactly the
// cases behind it — as many as the denominator shown, and the same 案号 the
// records API returns for that agency.
import { expect, test } from '@playwright/test';
import { logIn } from './helpers';

const MAX_ROWS_ON_ONE_PAGE = 20;

test('an agency’s 出庭应诉率 in the ranking opens exactly the cases behind it', async ({ page }) => {
  await logIn(page, 'kecheng-coordinator');
  await page.getByRole('navigation', { name: '主菜单' }).getByText('数据看板').click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const caption = page.getByText(/统计期间：\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}（本年）/);
  await expect(caption).toBeVisible();
  const [, from, to] =
    (await caption.textContent())?.match(/(\d{4}-\d{2}-\d{2}) 至 (\d{4}-\d{2}-\d{2})/) ?? [];
  await expect(page.getByRole('region', { name: '关键指标' }).getByText('出庭应诉率').first()).toBeVisible();

  const ranking = page.getByRole('region', { name: '出庭应诉率排名（由高到低）' });
  const denominators = ranking.getByRole('button', { name: /出庭应诉率 分母：\d+，查看明细/ });
  await expect(denominators.first()).toBeVisible();
  let chosen = -1;
  let shown = 0;
  for (let i = 0; i < (await denominators.count()); i += 1) {
    const value = Number(await denominators.nth(i).textContent());
    if (value > 0 && value <= MAX_ROWS_ON_ONE_PAGE) {
      chosen = i;
      shown = value;
      break;
    }
  }
  expect(chosen, 'the demo data has an agency with hearings this year').toBeGreaterThanOrEqual(0);
  const agency = ((await denominators.nth(chosen).getAttribute('aria-label')) ?? '').split(' ')[0] ?? '';
  await ranking
    .getByRole('button', { name: new RegExp(`^${agency} 出庭应诉率：[\\d.]+%，查看明细`) })
    .click();

  const drawer = page.getByRole('dialog', { name: `${agency} · 出庭应诉率 · 分母（${shown}）` });
  await expect(drawer).toBeVisible();
  const list = drawer.getByRole('region', { name: '明细' });
  await expect(list.locator('tbody tr.ant-table-row')).toHaveCount(shown);
  await expect(list.getByText(`共 ${shown} 条`)).toBeVisible();
  await expect(drawer.getByText(/不一致/)).toHaveCount(0);

  // The same cases the records API gives for that agency, fetched with the user's session.
  const expected = await page.evaluate(
    async ({ from, to, agency }) => {
      const get = async (url: string) => (await fetch(url, { credentials: 'same-origin' })).json();
      const board = await get(`/api/dashboard?from=${from}&to=${to}`);
      const row = board.rankings
        .find((r: { indicatorId: string }) => r.indicatorId === 'head-appearance')
        .rows.find((r: { agencyName: string }) => r.agencyName === agency);
      const records = await get(
        `/api/indicators/head-appearance/records?from=${from}&to=${to}&agencyId=${row.agencyId}&part=denominator&pageSize=200`,
      );
      return {
        total: records.total as number,
        numbers: records.items.map((i: { number: string }) => i.number),
        inNumerator: records.items.filter((i: { isInNumerator: boolean }) => i.isInNumerator).length,
      };
    },
    { from, to, agency },
  );
  expect(expected.total).toBe(shown);
  const listed = await list.locator('tbody tr.ant-table-row td:first-child').allTextContents();
  expect([...listed].sort()).toEqual([...expected.numbers].sort());
  await expect(list.getByRole('cell', { name: agency, exact: true })).toHaveCount(shown);
  // Each row says whether a head appeared (it is in the numerator too).
  await expect(list.getByText('是', { exact: true })).toHaveCount(expected.inNumerator);
  await expect(list.getByText('否', { exact: true })).toHaveCount(shown - expected.inNumerator);
  await drawer
    .getByRole('button', { name: 'Close' })
    .or(drawer.getByRole('button', { name: '关闭' }))
    .click();
  await expect(drawer).toBeHidden();

  // 开庭数 opens the hearings held in the period, one row each, as many as it shows.
  const hearingsButton = page
    .getByRole('region', { name: '关键指标' })
    .getByRole('button', { name: /^开庭数：\d+，查看明细$/ });
  const held = Number((await hearingsButton.getAttribute('aria-label'))!.match(/开庭数：(\d+)/)![1]);
  expect(held, 'the demo data has hearings held this year').toBeGreaterThan(0);
  await hearingsButton.click();
  const hearingsDrawer = page.getByRole('dialog', { name: `开庭数（${held}）` });
  const hearingsList = hearingsDrawer.getByRole('region', { name: '明细' });
  await expect(hearingsList.getByText(`共 ${held} 条`)).toBeVisible();
  await expect(hearingsDrawer.getByText(/不一致/)).toHaveCount(0);
});

test('a court account has no 数据看板', async ({ page }) => {
  await logIn(page, 'longyou-court');
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await expect(menu.getByRole('menuitem', { name: '行政应诉' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: '数据看板' })).toHaveCount(0);
});

test.describe('in a browser set to New York time', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('近14日开庭 shows each hearing at its China time, as the court set it', async ({ page }) => {
    await logIn(page, 'kecheng-coordinator');
    await page.getByRole('navigation', { name: '主菜单' }).getByText('数据看板').click();
    const table = page.getByRole('region', { name: '近14日开庭' });
    await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
    expect(await page.evaluate(() => new Date('2026-03-05T12:00:00Z').getTimezoneOffset())).toBe(300);

    const scheduled: string[] = await page.evaluate(async () => {
      const board = await (await fetch('/api/dashboard', { credentials: 'same-origin' })).json();
      return board.upcomingHearings.map((h: { scheduledAt: string }) => h.scheduledAt);
    });
    expect(scheduled.length, 'the demo data has hearings in the next 14 days').toBeGreaterThan(0);
    const chinaTime = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Shanghai',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const shown = await table.locator('tbody tr.ant-table-row td:first-child').allTextContents();
    expect(shown).toEqual(scheduled.map((at) => chinaTime.format(new Date(at))));
  });
});
