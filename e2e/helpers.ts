// What the browser flows share: signing in and out as a demo account, China
// dates, and picking from antd selects.
import { expect, type Locator, type Page } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from './env';

/** The China date `days` days before now (the server refuses facts dated after today). */
export function chinaDaysAgo(days = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() - days * 86_400_000),
  );
}

export async function logIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(E2E_DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('navigation', { name: '主菜单' })).toBeVisible();
}

export async function logOut(page: Page, displayName: string) {
  await page.getByRole('button', { name: `账户菜单：${displayName}` }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** Clicks an option of the open select (antd keeps closed dropdowns in the page, hidden). */
export async function pick(page: Page, option: string, timeout = 2000) {
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click({ timeout });
}

/** Picks an option of a single select and checks it was taken (a click during the popup's opening may miss). */
export async function choose(page: Page, scope: Locator, label: string, option: string) {
  // An inner `has` locator is matched inside the outer element: it starts from the page, not from `scope`.
  const select = scope.locator('.ant-select', { has: page.getByLabel(label, { exact: true }) });
  // In the middle of the screen the popup opens in full view: near the bottom, scrolling to an
  // option can move the select under the pointer.
  await select.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await expect(async () => {
    const isOpen = await select.evaluate((element) => element.classList.contains('ant-select-open'));
    if (!isOpen) await select.click();
    await pick(page, option);
    await expect(select).toContainText(option, { timeout: 1000 });
  }).toPass();
}
