// 统计指标 end to end: the coordinator opens the indicators on the demo data,
// clicks one agency's 出庭应诉率 numerator in the per-agency table and gets
// the list of exactly that many cases; a court account has no such page.
import { expect, test } from '@playwright/test';
import { logIn } from './helpers';

const MAX_ROWS_ON_ONE_PAGE = 20;

test('an agency’s 出庭应诉率 numerator opens a list of exactly that many cases', async ({ page }) => {
  await logIn(page, 'kecheng-coordinator');
  await page.getByRole('navigation', { name: '主菜单' }).getByText('统计指标').click();
  await expect(page).toHaveURL(/\/indicators$/);
  await expect(page.getByText(/（本年）/)).toBeVisible();

  // The card of 出庭应诉率 names its 口径 and explains it.
  await page.getByRole('button', { name: '出庭应诉率的口径' }).click();
  await expect(page.getByText(/出庭应诉率的统计口径：/)).toBeVisible();
  await expect(page.getByText('分子：').first()).toBeVisible();

  const byAgency = page.getByRole('region', { name: '按被告机关' });
  const numerators = byAgency.getByRole('button', { name: /出庭应诉率 分子：\d+，查看明细/ });
  await expect(numerators.first()).toBeVisible();
  // The first agency with a numerator that fits on one page of the list.
  let chosen = -1;
  let shown = 0;
  for (let i = 0; i < (await numerators.count()); i += 1) {
    const value = Number(await numerators.nth(i).textContent());
    if (value > 0 && value <= MAX_ROWS_ON_ONE_PAGE) {
      chosen = i;
      shown = value;
      break;
    }
  }
  expect(chosen, 'the demo data has an agency whose head appeared in court').toBeGreaterThanOrEqual(0);
  const label = (await numerators.nth(chosen).getAttribute('aria-label')) ?? '';
  const agency = label.split(' ')[0] ?? '';
  await numerators.nth(chosen).click();

  const drawer = page.getByRole('dialog', { name: `${agency} · 出庭应诉率 · 分子（${shown}）` });
  await expect(drawer).toBeVisible();
  const list = drawer.getByRole('region', { name: '明细' });
  await expect(list.locator('tbody tr.ant-table-row')).toHaveCount(shown);
  await expect(list.getByText(`共 ${shown} 条`)).toBeVisible();
  await expect(drawer.getByText(/不一致/)).toHaveCount(0);
  // Every row is a case of that agency, its 案号 leading to the case.
  await expect(list.getByRole('cell', { name: agency, exact: true })).toHaveCount(shown);
  await list.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
});

test('a court account has no 统计指标: the indicators measure the agencies', async ({ page }) => {
  await logIn(page, 'longyou-court');
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await expect(menu.getByRole('menuitem', { name: '行政应诉' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: '统计指标' })).toHaveCount(0);
});
