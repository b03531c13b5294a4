// 定期报告 end to end, on the demo data: 柯城区's coordinator finds the demo's
// submitted 季通报, draws up the 月分析 of a month the demo left alone (two
// months back), reads tables equal to the API's, rewrites a narrative section,
// publishes it (its 文号), downloads the archived Word file (the 文号 and the
// words inside) and the Excel tables, and submits it; the city's coordinator
// then sees 柯城区 已上报 for that month in 上报情况. The dialog opens on the
// latest ended quarter without a report (not the demo's, which is marked
// 已编制), and a draft of the month still running cannot be published yet.
import fs from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { periodContaining, recentPeriods } from '../src/shared/domain/periodic-reports';
import { chinaDaysAgo, logIn, logOut, pick } from './helpers';

const TODAY = chinaDaysAgo(0);
const YEAR = TODAY.slice(0, 4);
// Two months before this one: the demo seeded last month's 月分析, not this one's.
const MONTH = (() => {
  const d = new Date(Date.UTC(Number(TODAY.slice(0, 4)), Number(TODAY.slice(5, 7)) - 3, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
})();
const MONTH_LABEL = `${MONTH.year}年${MONTH.month}月`;
const TITLE = `柯城区${MONTH_LABEL}行政应诉工作月分析`;
// The first 月分析 the office publishes this year (the demo published only a 季通报).
const NUMBER = `衢柯司〔${YEAR}〕月分析1号`;
const PROBLEMS = '个别单位负责人出庭后未发言，庭前准备不足；已约谈相关单位分管负责人。';
// The demo reported the last ended quarter; the dialog starts on the one before it.
const [, DEMO_QUARTER, FREE_QUARTER] = recentPeriods('quarter', TODAY, 3);
const THIS_MONTH = periodContaining('month', TODAY);

async function downloadOf(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
}

/**
 * The select of the form item labelled `label`, found by the item's text: the list's filter form
 * and the dialog both have an unnamed form with a `kind` field, so a label's `for` is ambiguous,
 * and 上报情况's selects have no field name at all.
 */
async function chooseIn(page: Page, scope: Locator, label: string, option: string) {
  const select = scope.locator('.ant-form-item', { hasText: label }).locator('.ant-select');
  await expect(async () => {
    await select.click();
    await pick(page, option);
    await expect(select).toContainText(option, { timeout: 1000 });
  }).toPass();
}

test('the county coordinator publishes and submits a 月分析; the city sees it submitted', async ({
  page,
}) => {
  await logIn(page, 'kecheng-coordinator');
  const nav = page.getByRole('navigation', { name: '主菜单' });
  await nav.getByText('定期报告', { exact: true }).click();
  await expect(page).toHaveURL(/\/periodic-reports$/);
  // The demo's 季通报 of the last quarter, published and submitted.
  const demo = page.getByRole('row', { name: /季通报/ });
  await expect(demo.getByText('已上报')).toBeVisible();
  await expect(demo.getByText(/衢柯司〔\d{4}〕季通报1号/)).toBeVisible();

  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建定期报告' });
  const periodSelect = dialog.locator('.ant-form-item', { hasText: '报告期间' }).locator('.ant-select');
  await expect(periodSelect).toContainText(FREE_QUARTER!.label);
  await periodSelect.click();
  const taken = page
    .locator('.ant-select-dropdown:visible')
    .getByTitle(`${DEMO_QUARTER!.label}（已编制）`, { exact: true });
  await expect(taken).toHaveClass(/disabled/);
  await page.keyboard.press('Escape');
  await chooseIn(page, dialog, '报告类型', '月分析');
  await chooseIn(page, dialog, '报告期间', MONTH_LABEL);
  await dialog.getByRole('button', { name: '编制草稿' }).click();
  await expect(page).toHaveURL(/\/periodic-reports\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').at(-1)!;
  await expect(page.getByText(`柯城区${MONTH_LABEL}月分析`)).toBeVisible();
  await expect(page.getByText('草稿', { exact: true })).toBeVisible();

  // Every table on the page holds exactly the API's rows.
  const api = await page.request.get(`/api/periodic-reports/${id}`);
  expect(api.status()).toBe(200);
  const report = await api.json();
  expect(report.tables.length).toBeGreaterThan(0);
  for (const table of report.tables as { title: string; rows: (string | number)[][] }[]) {
    const section = page
      .locator('div')
      .filter({ has: page.getByRole('heading', { level: 5, name: table.title, exact: true }) })
      .last();
    const rows = section.locator('tbody tr.ant-table-row');
    await expect(rows).toHaveCount(table.rows.length);
    for (let i = 0; i < table.rows.length; i++) {
      await expect(rows.nth(i).locator('td')).toHaveText(table.rows[i]!.map(String));
    }
  }
  const main = report.tables[0];
  expect(main.headers.slice(0, 4)).toEqual(['指标', '分子', '分母', '比率']);

  // The coordinator rewrites 主要问题 and saves it.
  await page.getByLabel('二、主要问题及原因分析').fill(PROBLEMS);
  await page.getByRole('button', { name: '保存文字' }).click();
  await expect(page.getByText('文字部分已保存')).toBeVisible();

  await page.getByRole('button', { name: '发布' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '发布' }).click();
  await expect(page.getByText(`报告已发布：${NUMBER}`)).toBeVisible();
  await expect(page.getByText('已发布', { exact: true })).toBeVisible();
  await expect(page.getByText(NUMBER, { exact: true })).toBeVisible();
  await expect(page.getByText(PROBLEMS)).toBeVisible();

  // The archived Word file: its name, and the 文号 and the rewritten words inside.
  const word = await downloadOf(page, page.getByRole('link', { name: /下载Word/ }));
  expect(word.name).toBe(`${NUMBER} ${TITLE}.docx`);
  expect(word.bytes.length).toBeGreaterThan(10_000);
  const zip = await JSZip.loadAsync(word.bytes);
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  expect(text).toContain(NUMBER);
  expect(text).toContain(TITLE);
  expect(text).toContain(PROBLEMS);

  const excel = await downloadOf(page, page.getByRole('link', { name: /导出Excel/ }));
  expect(excel.name).toBe(`${TITLE}统计表.xlsx`);
  const workbook = await JSZip.loadAsync(excel.bytes);
  expect(workbook.file('xl/workbook.xml')).not.toBeNull();

  await page.getByRole('button', { name: '上报' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '上报' }).click();
  await expect(page.getByText('已上报衢州市司法局')).toBeVisible();
  await expect(page.getByText('已上报', { exact: true })).toBeVisible();

  // This month's 月分析 may be drafted now, but published only once the month is over.
  await nav.getByText('定期报告', { exact: true }).click();
  await page.getByRole('button', { name: '新建报告' }).click();
  await chooseIn(page, dialog, '报告类型', '月分析');
  await chooseIn(page, dialog, '报告期间', `${THIS_MONTH.label}（未结束）`);
  await dialog.getByRole('button', { name: '编制草稿' }).click();
  await expect(page.getByText(`柯城区${THIS_MONTH.label}月分析`)).toBeVisible();
  await expect(
    page.getByText(`${THIS_MONTH.label}尚未结束（截至${THIS_MONTH.to}），不能发布报告`),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '发布' })).toBeDisabled();
  await logOut(page, '王慧敏');

  // The city's coordinator: 上报情况 for that month.
  await logIn(page, 'city-coordinator');
  await nav.getByText('定期报告', { exact: true }).click();
  // The city has no report of its own yet: the empty list says how to make one.
  await expect(page.getByText('本地区还没有定期报告：点“新建报告”选择类型和期间')).toBeVisible();
  await page.getByRole('tab', { name: '上报情况' }).click();
  const panel = page.getByRole('tabpanel', { name: '上报情况' });
  await chooseIn(page, panel, '报告类型', '月分析');
  await chooseIn(page, panel, '报告期间', MONTH_LABEL);
  await expect(panel.getByText(`${MONTH_LABEL}月分析：已上报 1 / 3`)).toBeVisible();
  const kecheng = panel.getByRole('row', { name: /柯城区人民政府/ });
  await expect(kecheng.getByText('已上报')).toBeVisible();
  await expect(kecheng.getByText(NUMBER)).toBeVisible();
  await expect(panel.getByRole('row', { name: /衢江区人民政府/ }).getByText('未上报')).toBeVisible();
  const copy = await downloadOf(page, kecheng.getByRole('link', { name: /下载Word/ }));
  expect(copy.bytes.equals(word.bytes)).toBe(true);
});
