// 考核 end to end: the legal-affairs coordinator sets up a scheme (a wrong
// sum of points is explained in Chinese, then corrected), computes the third
// quarter for every unit of 柯城区, opens one agency's result and finds under
// each item exactly as many records as its denominator.
import { expect, test } from '@playwright/test';
import { chinaDaysAgo, logIn } from './helpers';

const YEAR = chinaDaysAgo(0).slice(0, 4);
const AGENCY = '柯城区自然资源和规划局';

test('the coordinator sets a scheme, computes a quarter and traces an agency’s points', async ({ page }) => {
  await logIn(page, 'kecheng-coordinator');
  await page.getByRole('navigation', { name: '主菜单' }).getByText('考核', { exact: true }).click();
  await page.getByRole('button', { name: '新建考核方案' }).click();
  await expect(page.getByRole('heading', { name: '新建考核方案' })).toBeVisible();

  await page.getByLabel('方案名称').fill(`${YEAR}年度行政应诉工作考核`);
  await page.getByLabel('分值').first().fill('50');
  await page.getByRole('button', { name: '保存方案' }).click();
  await expect(page.getByText('各指标项分值之和（110分）应等于基础分（100分）').first()).toBeVisible();

  await page.getByLabel('分值').first().fill('40');
  await page.getByRole('button', { name: '保存方案' }).click();
  await expect(page.getByRole('heading', { name: `${YEAR}年度行政应诉工作考核（第1版）` })).toBeVisible();
  await expect(page.getByText(/第1版 · .* · 未使用/)).toBeVisible();

  await page.getByRole('navigation', { name: '主菜单' }).getByText('考核', { exact: true }).click();
  await page.getByLabel('考核方案').click();
  await page.getByTitle(`${YEAR}年度行政应诉工作考核（${YEAR}年）`).click();
  await page.getByLabel('考核期间').fill(`${YEAR}-Q3`);
  await page.getByRole('button', { name: '计算考核结果' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`${YEAR}年第三季度`) })).toBeVisible();
  await expect(page.getByText('草稿（可重新计算）')).toBeVisible();
  await expect(page.getByText(/考核主体 柯城区人民政府/)).toBeVisible();

  const row = page.getByRole('row', { name: new RegExp(AGENCY) });
  await expect(row).toBeVisible();
  await expect(row.getByText('本期无考核数据')).toHaveCount(0);
  // A town with no case in the quarter: its full marks come from the 无数据 rule, and say so.
  await expect(page.getByRole('row', { name: /航埠镇/ }).getByText('本期无考核数据')).toBeVisible();
  const total = (await row.getByRole('cell').nth(4).textContent())?.trim();
  await row.getByRole('link', { name: AGENCY }).click();
  await expect(page.getByRole('heading', { name: `${AGENCY} · ${YEAR}年第三季度` })).toBeVisible();
  await expect(page.getByText(`${total}（满分100）`)).toBeVisible();

  // Each item: the list under it holds exactly its denominator's records.
  const items = page.locator('.ant-card', { hasText: '指标项' }).locator('.ant-collapse-item');
  await expect(items).toHaveCount(3);
  for (let i = 0; i < (await items.count()); i++) {
    const header = items.nth(i).locator('.ant-collapse-header');
    const label = (await header.textContent()) ?? '';
    const denominator = Number(/÷ (\d+)/.exec(label)?.[1]);
    await header.click();
    const rows = items.nth(i).locator('.ant-table-tbody tr.ant-table-row');
    if (denominator === 0) await expect(items.nth(i).getByText('无记录')).toBeVisible();
    else {
      // Ten to a page: the first page's rows, and the total beside the pager when there are more.
      await expect(rows).toHaveCount(Math.min(denominator, 10));
      if (denominator > 10) await expect(items.nth(i).getByText(`共 ${denominator} 条`)).toBeVisible();
    }
  }
  // An item left out for lack of data is said, with the factor the others were scaled by.
  const excluded = await items.filter({ hasText: '无数据，不计分' }).count();
  const scaling = page.getByText(/^有\d+项无数据不计分（.+），其余各项.*按 100\/\d+ 折算为[\d.]+分。$/);
  if (excluded > 0) await expect(scaling).toBeVisible();
  else await expect(scaling).toHaveCount(0);
  if (process.env.ASSESSMENT_SCREENSHOT)
    await page.screenshot({ path: process.env.ASSESSMENT_SCREENSHOT, fullPage: true });

  // The runs list names each run's region: the draft is 柯城区's.
  await page.getByRole('navigation', { name: '主菜单' }).getByText('考核', { exact: true }).click();
  await expect(page.getByRole('columnheader', { name: '考核主体' })).toBeVisible();
  await expect(
    page.getByRole('row', { name: new RegExp(`${YEAR}年度行政应诉工作考核（第1版）`) }),
  ).toContainText('柯城区人民政府');
});

test('the city ranks its own departments and each county, and a county’s records name their agency', async ({
  page,
}) => {
  await logIn(page, 'city-coordinator');
  await page.getByRole('navigation', { name: '主菜单' }).getByText('考核', { exact: true }).click();
  await page.getByRole('button', { name: '新建考核方案' }).click();
  await page.getByLabel('方案名称').fill(`${YEAR}年度全市行政应诉工作考核`);
  await page.getByRole('button', { name: '保存方案' }).click();
  await expect(page.getByRole('heading', { name: `${YEAR}年度全市行政应诉工作考核（第1版）` })).toBeVisible();

  await page.getByRole('navigation', { name: '主菜单' }).getByText('考核', { exact: true }).click();
  await page.getByLabel('考核方案').click();
  await page.getByTitle(`${YEAR}年度全市行政应诉工作考核（${YEAR}年）`).click();
  await page.getByLabel('考核期间').fill(`${YEAR}-Q3`);
  await page.getByRole('button', { name: '计算考核结果' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`${YEAR}年第三季度`) })).toBeVisible();
  await expect(page.getByText(/共10\s*个被考核单位/)).toBeVisible();
  // 柯城区 is one unit; its agencies are not ranked beside the city's departments.
  await expect(page.getByRole('row', { name: new RegExp(AGENCY) })).toHaveCount(0);
  await page
    .getByRole('row', { name: /柯城区人民政府/ })
    .getByRole('link', { name: '柯城区人民政府' })
    .click();
  await expect(page.getByRole('heading', { name: `柯城区人民政府 · ${YEAR}年第三季度` })).toBeVisible();

  // The first item with records lists, under 单位, the county's agencies the records are on.
  const items = page.locator('.ant-card', { hasText: '指标项' }).locator('.ant-collapse-item');
  const withRecords = items.filter({ hasNotText: '÷ 0（' }).first();
  await withRecords.locator('.ant-collapse-header').click();
  await expect(withRecords.getByRole('columnheader', { name: '单位' })).toBeVisible();
  await expect(withRecords.locator('.ant-table-tbody tr.ant-table-row').first()).toContainText('柯城区');
});
