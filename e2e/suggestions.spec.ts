// 建议与函件 end to end: the legal-affairs coordinator registers a 检察建议
// received on paper (number as written, addressed to an agency); the agency's
// clerk finds it in the register, replies with adoption and rectification, and
// the record shows the reply on time and on its timeline; the counts follow.
// A demo judicial suggestion leads to its case, which lists it in turn.
import { expect, test } from '@playwright/test';
import { chinaDaysAgo, choose, logIn, logOut } from './helpers';

const YEAR = chinaDaysAgo(0).slice(0, 4);
const NUMBER = `柯检行建〔${YEAR}〕${Date.now() % 1000}号`;
const TITLE = '关于依法履行国有土地监管职责的检察建议';
const AGENCY = '柯城区自然资源和规划局';

test('a received 检察建议 is registered, answered by the agency and counted', async ({ page }) => {
  await logIn(page, 'kecheng-coordinator');
  await page.getByRole('navigation', { name: '主菜单' }).getByText('建议与函件').click();
  await expect(page).toHaveURL(/\/suggestions$/);
  await page.getByRole('button', { name: '制发/登记' }).click();
  const dialog = page.getByRole('dialog', { name: '制发或登记建议与函件' });
  await choose(page, dialog, '种类', '检察建议');
  // Submitting empty shows the server's own rules on the fields, in Chinese.
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(dialog.getByText('请填写标题（至少2个字）')).toBeVisible();
  await expect(dialog.getByText('请选择主送单位')).toBeVisible();
  await dialog.getByLabel('制发机关').fill('衢州市柯城区人民检察院');
  await dialog.getByLabel('文号').fill(NUMBER);
  // The list holds every organisation of the region and shows only a window of it: search first.
  await dialog.getByLabel('主送单位', { exact: true }).fill(AGENCY);
  await choose(page, dialog, '主送单位', AGENCY);
  await dialog.getByLabel('标题').fill(TITLE);
  await dialog.getByLabel('主要内容').fill('建议依法履行国有土地监管职责，及时查处违法占地行为。');
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(page).toHaveURL(/\/suggestions\/[0-9a-f-]{36}$/);
  await expect(page.getByText(NUMBER).first()).toBeVisible();
  await expect(page.getByText('登记收文')).toBeVisible();
  await logOut(page, '王慧敏');

  await logIn(page, 'kecheng-clerk');
  await page.getByRole('navigation', { name: '主菜单' }).getByText('建议与函件').click();
  const row = page.getByRole('row', { name: new RegExp(TITLE) });
  await expect(row).toContainText('待答复');
  await row.getByRole('link', { name: '答复', exact: true }).click();
  const reply = page.getByRole('dialog', { name: `答复 ${NUMBER}` });
  await reply.getByLabel('答复内容').fill('已立案查处两起违法占地行为，并建立巡查制度。');
  await reply.getByLabel('整改措施').fill('建立国有土地动态巡查制度');
  await reply.getByRole('button', { name: '提交答复' }).click();
  await expect(reply).toBeHidden();
  await expect(page.getByText('已答复（按期）')).toBeVisible();
  await expect(page.getByText(/答复，采纳；按期答复，整改中/)).toBeVisible();

  await page.getByRole('link', { name: '返回登记簿' }).click();
  await page.getByRole('tab', { name: '统计' }).click();
  await expect(page.getByText('统计口径：')).toBeVisible();
  await expect(page.getByRole('cell', { name: '检察建议' })).toBeVisible();
});

test('the demo judicial suggestion on a lost case is listed on that case, and back', async ({ page }) => {
  await logIn(page, 'kecheng-clerk');
  await page.getByRole('navigation', { name: '主菜单' }).getByText('建议与函件').click();
  // The title keeps its room even beside the other columns (it was squeezed to a few pixels).
  const header = await page.getByRole('columnheader', { name: '标题' }).boundingBox();
  expect(header?.width ?? 0).toBeGreaterThanOrEqual(220);
  const row = page.getByRole('row', { name: /关于规范政府信息公开申请答复工作的司法建议/ });
  await expect(row).toContainText('已答复（按期）');
  await row.getByRole('link', { name: '查看' }).click();
  await expect(page).toHaveURL(/\/suggestions\/[0-9a-f-]{36}$/);
  const suggestionUrl = page.url();
  await page.getByRole('link', { name: /浙0825行初\d+号/ }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await page.getByRole('tab', { name: '材料与文书' }).click();
  const listed = page
    .getByRole('region', { name: '建议与函件' })
    .getByRole('row')
    .filter({ hasText: '司法建议' });
  await expect(listed).toContainText('浙0825法建');
  await expect(listed).toContainText(AGENCY);
  await expect(listed).toContainText('已答复（按期）');
  await listed.getByRole('link', { name: /浙0825法建/ }).click();
  await expect(page).toHaveURL(suggestionUrl);
});
