// The foundation end to end: the system administrator sets up an agency and a
// clerk account; the clerk signs in with the temporary password, must change
// it, and then sees only the pages a clerk may use.
import { expect, type Page, test } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from './env';

const AGENCY = '柯城区数据资源管理局';
const CLERK = { username: 'kecheng-data-clerk', displayName: '孙晓明' };
const CLERK_NEW_PASSWORD = 'Qu-Zhou-2026!data';

async function logIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: '府院 · 行政争议府院联动平台' })).toBeVisible();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

function mainMenu(page: Page) {
  return page.getByRole('navigation', { name: '主菜单' });
}

// antd renders the visible options of an open select with their label as title.
async function pickOption(page: Page, name: string) {
  await page.getByTitle(name, { exact: true }).click();
}

test('系统管理员新建机构和经办人账户，经办人首次登录修改密码后只见其可用的菜单', async ({ page }) => {
  // The system administrator signs in and sees the administration menu.
  await logIn(page, 'sysadmin', E2E_DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: '您好，周立新' })).toBeVisible();
  await expect(mainMenu(page).getByRole('menuitem')).toHaveText([
    '工作台',
    '组织机构',
    '法院与管辖',
    '账户管理',
    '接口令牌',
    '节假日安排',
    '案由与领域',
  ]);

  // 组织机构: find 柯城区人民政府 and create an agency under it.
  await mainMenu(page).getByRole('menuitem', { name: '组织机构' }).click();
  await page.getByLabel('搜索机构').fill('柯城区人民政府');
  await page.getByRole('button', { name: '搜索' }).click();
  await page.getByText('柯城区人民政府', { exact: true }).click();
  const detail = page.getByRole('region', { name: '机构详情' });
  await expect(detail.getByText('330802')).toBeVisible();
  await detail.getByRole('button', { name: '新建下级机构' }).click();

  const orgDialog = page.getByRole('dialog', { name: /新建下级机构/ });
  await orgDialog.getByLabel('机构名称').fill(AGENCY);
  await orgDialog.getByLabel('机构类型').click();
  await pickOption(page, '行政机关');
  await expect(orgDialog.getByLabel('行政区划代码')).toHaveValue('330802');
  // The USCC check character is verified as the user types.
  await orgDialog.getByLabel('统一社会信用代码').fill('11330802002621484A');
  await expect(orgDialog.getByText('统一社会信用代码校验位错误：最后一位应为“G”')).toBeVisible();
  await orgDialog.getByLabel('统一社会信用代码').fill('');
  await orgDialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`已新建“${AGENCY}”`)).toBeVisible();
  await expect(orgDialog).toBeHidden();
  await expect(detail.getByText(AGENCY)).toBeVisible();
  await expect(detail.getByText('行政机关')).toBeVisible();

  // 账户管理: a clerk (经办人) for the new agency; the temporary password is shown once.
  await mainMenu(page).getByRole('menuitem', { name: '账户管理' }).click();
  await page.getByRole('button', { name: '新建账户' }).click();
  const userDialog = page.getByRole('dialog', { name: '新建账户' });
  await userDialog.getByLabel('用户名').fill('Kecheng Data');
  await expect(
    userDialog.getByText('用户名应为3–32位小写字母、数字、点、下划线或连字符，并以字母开头'),
  ).toBeVisible();
  await userDialog.getByLabel('用户名').fill(CLERK.username);
  await userDialog.getByLabel('姓名').fill(CLERK.displayName);
  await userDialog.getByLabel('所属机构').fill('数据资源');
  await page.getByRole('treeitem', { name: AGENCY }).click();
  await userDialog.getByLabel('角色').click();
  await pickOption(page, '经办人');
  // A multiple select stays open after a pick: click elsewhere in the dialog to close it.
  await userDialog.getByText('新建账户', { exact: true }).click();
  await expect(page.getByTitle('机关负责人', { exact: true })).toBeHidden();
  await userDialog.getByRole('button', { name: '保存' }).click();

  const secretDialog = page.getByRole('dialog', { name: '账户已创建' });
  await expect(secretDialog.getByText('仅显示一次')).toBeVisible();
  const temporaryPassword = await secretDialog.getByLabel('临时密码').inputValue();
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
  await secretDialog.getByRole('button', { name: '我已妥善保存' }).click();
  const clerkRow = page.getByRole('row', { name: new RegExp(CLERK.username) });
  await expect(clerkRow).toContainText(AGENCY);
  await expect(clerkRow).toContainText('经办人');
  await expect(clerkRow).toContainText('待修改密码');

  // Log out.
  await page.getByRole('button', { name: '账户菜单：周立新' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);

  // The clerk signs in with the temporary password and must change it first.
  await logIn(page, CLERK.username, temporaryPassword);
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByText('请先修改密码')).toBeVisible();
  await expect(mainMenu(page)).toHaveCount(0);
  await page.goto('/orgs');
  await expect(page).toHaveURL(/\/change-password$/);

  await page.getByLabel('当前密码').fill(temporaryPassword);
  await page.getByLabel('新密码', { exact: true }).fill(CLERK_NEW_PASSWORD);
  await page.getByLabel('确认新密码').fill(`${CLERK_NEW_PASSWORD}x`);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('两次填写的新密码不一致')).toBeVisible();
  await page.getByLabel('确认新密码').fill(CLERK_NEW_PASSWORD);
  await page.getByRole('button', { name: '修改密码' }).click();

  // Now the clerk sees exactly the pages a clerk may use.
  await expect(page.getByText('密码已修改')).toBeVisible();
  await expect(page.getByRole('heading', { name: `您好，${CLERK.displayName}` })).toBeVisible();
  await expect(mainMenu(page).getByRole('menuitem')).toHaveText([
    '工作台',
    '行政应诉',
    '建议与函件',
    '信息通报',
    '数据看板',
    '统计指标',
    '考核',
    '组织机构',
    '法院与管辖',
  ]);
  for (const hidden of [
    '账户管理',
    '接口令牌',
    '安全策略',
    '审计日志',
    '三通报',
    '法院数据报送',
    '定期报告',
  ]) {
    await expect(mainMenu(page).getByRole('menuitem', { name: hidden })).toHaveCount(0);
  }
  await expect(page.getByRole('banner')).toContainText(AGENCY);
  await expect(page.getByRole('banner')).toContainText('经办人');

  // A page outside the clerk's permissions answers 403 without showing data.
  await page.goto('/users');
  await expect(page.getByText('无权访问')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
