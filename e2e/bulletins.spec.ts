// 府院信息互通 end to end: the court's liaison finds this month's 三通报 drafted
// by the scheduled job, writes the narrative and sends it, then writes a
// 信息通报 to 柯城区司法局 and sends it; the office's coordinator finds the
// bulletin unread in the inbox, opens it (signing for the office), and reads
// the court's 三通报 with its Word download.
import { expect, test } from '@playwright/test';
import { chinaDaysAgo, logIn, logOut, pick } from './helpers';

const MONTH = chinaDaysAgo(0).slice(0, 7);
const TITLE = '第四季度行政案件态势分析（浏览器测试）';

test('the court reports its month and a bulletin; the legal-affairs office reads both', async ({ page }) => {
  await logIn(page, 'longyou-court');
  const nav = page.getByRole('navigation', { name: '主菜单' });

  // 三通报: drafted on start-up for this month.
  await nav.getByText('三通报').click();
  const row = page.getByRole('row', { name: new RegExp(`${MONTH}.*龙游县人民法院`) });
  await expect(row).toBeVisible();
  // Due by the 5th: from the 6th the draft shows as overdue.
  await expect(row.getByText(/^(待报送|逾期未报送)$/)).toBeVisible();
  await row.getByRole('link', { name: MONTH }).click();
  await expect(page.getByText(/一、.*排庭情况/)).toBeVisible();
  await page.getByLabel('说明').fill('本月排庭情况见上表。请督促相关机关负责人按时出庭。');
  await page.getByRole('button', { name: '保存说明' }).click();
  await expect(page.getByText('说明已保存', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '报送' }).click();
  await page.getByRole('button', { name: '报送', exact: true }).last().click();
  await expect(page.getByText('三通报已报送', { exact: true })).toBeVisible();
  await expect(page.getByText('已报送', { exact: true }).first()).toBeVisible();
  await expect(page.getByLabel('说明')).toHaveCount(0);

  // 信息通报: a draft, then sent.
  await nav.getByText('信息通报').click();
  await page.getByRole('button', { name: '新建通报' }).click();
  await page.locator('.ant-select', { has: page.getByLabel('通报类别', { exact: true }) }).click();
  await pick(page, '行政案件态势分析');
  const recipients = page.locator('.ant-select', { has: page.getByLabel('接收单位', { exact: true }) });
  await recipients.click();
  await page.getByLabel('接收单位', { exact: true }).fill('柯城区司法');
  await pick(page, '柯城区司法局（司法局）');
  await page.keyboard.press('Escape');
  await page.getByLabel('标题').fill(TITLE);
  await page.getByLabel('正文').fill('第四季度征收类案件数量上升，建议加强程序合法性审查。');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('草稿已保存，可上传附件后发送', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '发送' }).click();
  await page.getByRole('button', { name: '发送', exact: true }).last().click();
  await expect(page.getByText('信息通报已发送', { exact: true })).toBeVisible();
  await expect(page.getByText('柯城区司法局（未阅）')).toBeVisible();
  await logOut(page, '徐丽君');

  // The office: the bulletin unread in its inbox, signed for on opening.
  await logIn(page, 'kecheng-coordinator');
  await nav.getByText('信息通报').click();
  await expect(page.getByRole('tab', { name: /收件箱（未读 [1-9]/ })).toBeVisible();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByText('第四季度征收类案件数量上升')).toBeVisible();
  await expect(page.getByText(/柯城区司法局（王慧敏 .* 已阅）/)).toBeVisible();

  // The court's 三通报, sent to 龙游县司法局 and copied to this office.
  await nav.getByText('三通报').click();
  const report = page.getByRole('row', { name: new RegExp(`${MONTH}.*龙游县人民法院`) });
  await expect(report.getByText('已报送')).toBeVisible();
  await report.getByRole('link', { name: MONTH }).click();
  await expect(page.getByText('请督促相关机关负责人按时出庭')).toBeVisible();
  await expect(page.getByText(/抄送：柯城区司法局/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /下载Word/ }).click();
  expect((await download).suggestedFilename()).toBe(
    `龙游县人民法院${MONTH.slice(0, 4)}年${Number(MONTH.slice(5, 7))}月三通报.docx`,
  );
});
