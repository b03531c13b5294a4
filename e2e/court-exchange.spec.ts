// 法院数据报送 end to end: the agency's clerk has registered a case (through
// the API, as the intake flow is covered elsewhere); the court's liaison
// uploads a hearing schedule exported from the court's system (built here as
// CSV), reads the dry run's report row by row, confirms, and sees the import
// applied; the case page then shows the hearing.
import { expect, request, test } from '@playwright/test';
import { E2E_BASE_URL, E2E_DEMO_PASSWORD } from './env';
import { chinaDaysAgo } from './helpers';

// China dates some days back: the server refuses facts dated after today.
const daysAgo = chinaDaysAgo;
const SERVED = daysAgo(30);
const HEARD = daysAgo(10);
const [HY, HM, HD] = HEARD.split('-').map(Number);
const YEAR = HEARD.slice(0, 4);
const CASE_NUMBER = `（${YEAR}）浙0825行初7788号`;
const UNKNOWN = `（${YEAR}）浙0825行初7789号`;

test('the court liaison uploads hearings, checks the dry run and applies it', async ({ page }) => {
  const clerk = await request.newContext({ baseURL: E2E_BASE_URL });
  const login = await clerk.post('/api/auth/login', {
    data: { username: 'kecheng-clerk', password: E2E_DEMO_PASSWORD },
  });
  const { csrfToken, user } = await login.json();
  const courts = await (await clerk.get('/api/courts?pageSize=100')).json();
  const longyou = courts.items.find((c: { name: string }) => c.name === '龙游县人民法院');
  const registered = await clerk.post('/api/cases', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      caseNumber: CASE_NUMBER,
      courtId: longyou.organisationId,
      causeCode: 'penalty',
      domainCode: 'other',
      subject: '作出的行政处罚决定',
      defendants: [{ organisationId: user.organisation.id }],
      plaintiffs: [{ kind: 'person', name: '周明' }],
      service: { servedOn: SERVED, manner: 'direct' },
    },
  });
  expect(registered.status()).toBe(201);
  const caseId = (await registered.json()).id;

  await page.goto('/login');
  await page.getByLabel('用户名').fill('longyou-court');
  await page.getByLabel('密码').fill(E2E_DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation', { name: '主菜单' }).getByText('法院数据报送').click();
  await expect(page).toHaveURL(/\/court-exchange$/);

  const csv = [
    '龙游县人民法院排庭表',
    '案号,开庭时间,法庭,承办法官',
    `${CASE_NUMBER},${HY}年${HM}月${HD}日 上午9:30,第三法庭,王法官`,
    `${UNKNOWN},${HEARD} 14:30,第一法庭,`,
  ].join('\r\n');
  await page.locator('input[type=file]').setInputFiles({
    name: '排庭表.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]),
  });
  await expect(page.getByText('新增 1，更新 0，无变化 0，不予导入 1，空行 0')).toBeVisible();
  await expect(page.getByText('【案号】案号未登记，请协调员先登记')).toBeVisible();

  // antd's radio buttons hide the input: click the button's label.
  await page.locator('.ant-radio-button-wrapper', { hasText: /^新增$/ }).click();
  await expect(page.getByRole('link', { name: `${CASE_NUMBER} / ${HEARD} 09:30` })).toBeVisible();
  await expect(page.getByText('【案号】案号未登记，请协调员先登记')).toBeHidden();

  await page.getByRole('button', { name: '确认导入' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('已导入', { exact: true }).first()).toBeVisible();

  await page.getByRole('tab', { name: '导入记录' }).click();
  await expect(page.getByRole('cell', { name: '排庭表.csv' })).toBeVisible();

  await page.goto(`/cases/${caseId}`);
  await expect(page.getByText('第三法庭').first()).toBeVisible();
  await clerk.dispose();
});
