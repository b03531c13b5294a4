// 行政应诉 end to end: the agency's clerk registers a case from the court's
// 应诉通知书 (the 案号 checked as it is typed, the court proposed from the
// jurisdiction table); the legal-affairs coordinator finds it among the to-dos
// on the home page and follows it through hearing, head designation, the
// head's appearance, a lost judgment, effect and performance, corrects a date
// after previewing which deadlines move, and reads the whole timeline.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { chinaDaysAgo, choose, logIn, logOut } from './helpers';

// The server refuses dates after today (China time): every date of the flow is today's.
const TODAY = chinaDaysAgo(0);
const YEAR = TODAY.slice(0, 4);
// Ten days earlier: no run of holidays is long enough to leave the defence deadline where it was.
const TEN_DAYS_AGO = chinaDaysAgo(10);
const CASE_NUMBER = `（${YEAR}）浙0825行初88号`;
const SUBJECT = `作出的衢柯自然资罚〔${YEAR}〕88号行政处罚决定`;
const AGENCY = '柯城区自然资源和规划局';

async function fillDate(scope: Locator, label: string, value: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** The form item whose label is `label`. */
function field(scope: Locator, label: string): Locator {
  return scope.locator('.ant-form-item', { has: scope.page().locator(`label[title="${label}"]`) });
}

async function answer(scope: Locator, label: string, yesNo: '是' | '否') {
  await field(scope, label).getByText(yesNo, { exact: true }).click();
}

async function openStep(page: Page, step: string): Promise<Locator> {
  await page.getByRole('region', { name: '记录环节' }).getByRole('button', { name: step }).click();
  const dialog = page.getByRole('dialog', { name: step });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function save(page: Page, dialog: Locator, done: string) {
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(done)).toBeVisible();
  await expect(dialog).toBeHidden();
}

test('经办人依应诉通知书登记案件，协调员在待办中看到并跟进至履行，时间线完整', async ({ page }) => {
  // The clerk of 柯城区自然资源和规划局 opens the register from the menu.
  await logIn(page, 'kecheng-clerk');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '行政应诉' }).click();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByText('行政应诉案件', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '登记案件' }).click();
  await expect(page).toHaveURL(/\/cases\/new$/);

  // 案号: checked in the browser at each keystroke.
  const form = page.locator('form#case-intake');
  const caseNumber = form.getByLabel('案号', { exact: true });
  await caseNumber.fill(`(${YEAR})浙0825行初`);
  await expect(
    page.getByText('缺少案件编号：类型代字“行初”后应为阿拉伯数字编号，如“行初12号”'),
  ).toBeVisible();
  await caseNumber.fill(`(${YEAR})浙0825民初88号`);
  await expect(page.getByText('“民事一审”不是行政案件类型，请核对案号')).toBeVisible();
  await caseNumber.fill(`(${YEAR}) 浙0825行初８８号`);
  const parsed = page.getByRole('group', { name: '案号解析结果' });
  await expect(parsed).toContainText('法院代字 浙0825');
  await expect(parsed).toContainText('类型 行初（行政一审）');
  await expect(parsed).toContainText(`收案年度 ${YEAR}`);
  await expect(parsed).toContainText(`将保存为 ${CASE_NUMBER}`);

  // The defendant is the clerk's own agency; the court follows from its region (集中管辖).
  await expect(page.getByRole('group', { name: '被告1' })).toContainText(AGENCY);
  await expect(page.getByText(/建议：龙游县人民法院/)).toBeVisible();
  await expect(
    page.locator('.ant-form-item', { has: page.locator('label[title="审理法院"]') }),
  ).toContainText('龙游县人民法院');

  await fillDate(form, '送达日期', TODAY);
  await choose(page, form, '送达方式', '直接送达');
  await form.getByLabel('签收人').fill('李志强');
  await choose(page, form, '案由', '行政处罚');
  await choose(page, form, '管理领域', '自然资源');
  await form.getByLabel('被诉行政行为').fill(SUBJECT);
  await form.getByLabel('诉讼请求').fill('撤销被诉行政处罚决定');
  await form.getByLabel('重大敏感').check();

  // The plaintiff's 身份证号 is checked as it is typed.
  const plaintiff = page.getByRole('group', { name: '原告1' });
  await plaintiff.getByLabel('姓名或名称').fill('周建国');
  await plaintiff.getByLabel('身份证号').fill('330802199001011234');
  await expect(plaintiff.getByText('身份证号校验码错误：最后一位应为“2”')).toBeVisible();
  await plaintiff.getByLabel('身份证号').fill('330802199001011232');
  await expect(plaintiff.getByText('身份证号校验码错误')).toBeHidden();

  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByText(`已登记案件 ${CASE_NUMBER}`)).toBeVisible();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = page.url();
  await expect(page.getByRole('heading', { name: CASE_NUMBER })).toBeVisible();
  await expect(page.getByText('答辩举证', { exact: true }).first()).toBeVisible();
  // The plaintiff's ID number is shown masked.
  await expect(page.getByRole('region', { name: '当事人' })).toContainText('身份证号 3308**********1232');

  // The scanned notice goes with the case, attached to the service it records.
  await page.getByRole('tab', { name: '材料与文书' }).click();
  await page.getByRole('button', { name: '上传材料' }).click();
  const upload = page.getByRole('dialog', { name: '上传材料' });
  await choose(page, upload, '所属环节', `记录送达（${TODAY}）`);
  await upload.getByLabel('说明').fill('应诉通知书及起诉状副本');
  await upload.locator('input[type=file]').setInputFiles({
    name: '应诉通知书.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await upload.getByRole('button', { name: '上传' }).click();
  await expect(page.getByText('已上传“应诉通知书.pdf”')).toBeVisible();
  const notice = page
    .getByRole('region', { name: '案件材料' })
    .getByRole('row')
    .filter({ hasText: '应诉通知书.pdf' });
  await expect(notice).toContainText('法院文书');
  await expect(notice).toContainText(`记录送达（${TODAY}）`);

  // The list finds it by a part of its number.
  await page.goto('/cases');
  await page.getByLabel('搜索').fill('行初88');
  await page.getByRole('button', { name: '查询' }).click();
  const row = page.getByRole('row').filter({ hasText: CASE_NUMBER });
  await expect(row).toContainText(CASE_NUMBER);
  await expect(row).toContainText('龙游县人民法院');
  await expect(row).toContainText('答辩和举证期限');
  // The filtered list downloads as an Excel workbook.
  const [workbook] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '导出Excel' }).click(),
  ]);
  expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
  await logOut(page, '李志强');

  // The coordinator of 柯城区司法局 sees it among the region's to-dos on the home page.
  await logIn(page, 'kecheng-coordinator');
  const todos = page.getByRole('region', { name: '待办事项' });
  const todo = todos.getByRole('row').filter({ hasText: CASE_NUMBER }).first();
  await expect(todo).toContainText('答辩和举证期限');
  await expect(todo).toContainText(AGENCY);
  await todo.getByRole('link', { name: CASE_NUMBER }).click();
  await expect(page).toHaveURL(caseUrl);

  // A hearing is scheduled.
  let dialog = await openStep(page, '安排开庭');
  await fillDate(dialog, '开庭时间', `${TODAY} 09:30`);
  await dialog.getByLabel('法庭').fill('第三法庭');
  await dialog.getByLabel('审判人员').fill('张晓燕');
  await answer(dialog, '法院要求负责人出庭', '是');
  await save(page, dialog, '已安排开庭');

  // The head is designated.
  dialog = await openStep(page, '确定出庭负责人');
  await dialog.getByLabel('出庭负责人姓名').fill('陈建华');
  await dialog.getByLabel('出庭负责人职务').fill('局长');
  await answer(dialog, '属于负责人', '是');
  await save(page, dialog, '已确定出庭负责人');

  // The head's appearance: a missing name is refused in Chinese before anything is sent.
  dialog = await openStep(page, '记录出庭情况');
  await choose(page, dialog, '庭次', `${TODAY} 09:30 第三法庭`);
  await choose(page, dialog, '被告机关', AGENCY);
  await answer(dialog, '负责人出庭', '是');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('负责人出庭时请填写出庭负责人姓名')).toBeVisible();
  await dialog.getByLabel('出庭负责人姓名').fill('陈建华');
  await dialog.getByLabel('出庭负责人职务').fill('局长');
  await answer(dialog, '出庭出声', '是');
  await dialog.getByRole('button', { name: '添加代理人' }).click();
  const agent = dialog.getByRole('group', { name: '代理人1' });
  await agent.getByLabel('代理人姓名').fill('吴律师');
  // Button-style radios hide their input: click the visible label.
  await agent.getByText('律师', { exact: true }).click();
  await expect(agent.getByRole('radio', { name: '律师', exact: true })).toBeChecked();
  await save(page, dialog, '已记录出庭情况');
  await page.getByRole('tab', { name: /开庭与出庭/ }).click();
  const hearings = page.getByRole('tabpanel');
  await expect(hearings).toContainText('已开庭');
  await expect(hearings).toContainText('陈建华（局长）');
  await expect(hearings).toContainText('吴律师（律师）');

  // The judgment, lost, with its reason.
  dialog = await openStep(page, '记录裁判结果');
  await choose(page, dialog, '裁判类型', '判决');
  await choose(page, dialog, '裁判结果', '撤销/部分撤销');
  await answer(dialog, '行政机关败诉', '是');
  await choose(page, dialog, '败诉原因', '违反法定程序');
  await dialog.getByText('记录裁判结果', { exact: true }).click(); // close the multiple select
  await fillDate(dialog, '裁判文书送达日期', TODAY);
  await answer(dialog, '需要履行', '是');
  await save(page, dialog, '已记录裁判结果');
  await expect(page.getByText('已裁判', { exact: true }).first()).toBeVisible();

  // Effective, then performed with proof.
  dialog = await openStep(page, '裁判生效');
  // Its only field: Enter in the date both picks the date and submits the form.
  await fillDate(dialog, '生效日期', TODAY);
  await expect(page.getByText('已裁判生效')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已生效待履行', { exact: true }).first()).toBeVisible();

  dialog = await openStep(page, '记录履行情况');
  await fillDate(dialog, '履行日期', TODAY);
  await dialog.getByLabel('履行情况').fill('已撤销原处罚决定并退还罚款');
  await dialog.getByLabel('履行证明').fill('退款凭证（财政票据）');
  await save(page, dialog, '已记录履行情况');
  await expect(page.getByText('已履行', { exact: true }).first()).toBeVisible();

  // A wrong service date is corrected: the preview shows the deadline that moves.
  await page.getByRole('tab', { name: '时间线' }).click();
  const service = page.getByRole('article', { name: '记录送达' });
  await service.getByRole('button', { name: '更正' }).click();
  dialog = page.getByRole('dialog', { name: /更正记录：记录送达/ });
  await dialog.getByLabel('更正理由').fill('送达回证日期登记有误');
  await fillDate(dialog, '送达日期', TEN_DAYS_AGO);
  await expect(dialog.getByRole('button', { name: '确认更正' })).toBeDisabled();
  await dialog.getByRole('button', { name: '预览' }).click();
  const preview = dialog.getByRole('region', { name: '更正预览' });
  await expect(preview.getByRole('row', { name: /答辩和举证期限/ })).toContainText('届满日变更');
  await dialog.getByRole('button', { name: '确认更正' }).click();
  await expect(page.getByText('已更正，相关期限已重新计算')).toBeVisible();
  await expect(service).toContainText('已更正');
  await expect(service).toContainText('更正理由：送达回证日期登记有误');
  await expect(service).toContainText(`送达日期${TEN_DAYS_AGO}`);

  // The timeline: every step, in order, read in Chinese.
  const events = page.getByRole('article');
  await expect(events.first()).toBeVisible();
  expect(await events.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')))).toEqual([
    '登记案件',
    '记录送达',
    '安排开庭',
    '确定出庭负责人',
    '记录出庭情况',
    '记录裁判结果',
    '裁判生效',
    '记录履行情况',
    '更正记录',
  ]);
  await expect(page.getByRole('article', { name: '登记案件' })).toContainText(`案号${CASE_NUMBER}`);
  await expect(page.getByRole('article', { name: '登记案件' })).toContainText('标记重大敏感');
  await expect(page.getByRole('article', { name: '记录出庭情况' })).toContainText(`被告机关${AGENCY}`);
  const judgment = page.getByRole('article', { name: '记录裁判结果' });
  await expect(judgment).toContainText('裁判结果撤销/部分撤销');
  await expect(judgment).toContainText('败诉原因违反法定程序');
  await expect(page.getByRole('article', { name: '记录履行情况' })).toContainText(
    '履行证明退款凭证（财政票据）',
  );
  // No English value reaches the page.
  await expect(page.getByRole('main')).not.toContainText(/revoke|procedure|direct|judgment|lawyer/);

  // The plaintiff's name was mistyped: 更正登记信息, the stored 身份证号 kept without retyping it.
  await page.getByRole('article', { name: '登记案件' }).getByRole('button', { name: '更正' }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}\/registration$/);
  const correction = page.locator('form#case-registration');
  const corrected = correction.getByRole('group', { name: '原告1' });
  await expect(corrected.getByLabel('姓名或名称')).toHaveValue('周建国');
  await expect(corrected.getByText('已登记 3308**********1232，留空则保留')).toBeVisible();
  await corrected.getByLabel('姓名或名称').fill('周建军');
  await correction.getByLabel('涉企').check();
  await page.getByRole('button', { name: '保存更正' }).click();
  await expect(correction.getByText('请填写更正理由')).toBeVisible();
  await correction.getByLabel('理由').fill('原告姓名录入错误');
  await page.getByRole('button', { name: '保存更正' }).click();
  await expect(page.getByText('登记信息已更正')).toBeVisible();
  await expect(page).toHaveURL(caseUrl);
  await expect(page.getByRole('region', { name: '当事人' })).toContainText('周建军');
  await expect(page.getByRole('region', { name: '当事人' })).toContainText('身份证号 3308**********1232');
  await page.getByRole('tab', { name: '时间线' }).click();
  const registration = page.getByRole('article', { name: '登记案件' });
  await expect(registration).toContainText('已更正');
  await expect(registration).toContainText('更正理由：原告姓名录入错误');
});
