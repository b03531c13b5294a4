// Chinese names of request fields, used when a fallback validation message
// (zod-zh.ts) has to say which field it is about.
export const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  displayName: '姓名',
  organisationId: '所属机构',
  roles: '角色',
  role: '角色',
  status: '状态',
  name: '名称',
  kind: '机构类型',
  regionCode: '行政区划代码',
  uscc: '统一社会信用代码',
  parentId: '上级机构',
  version: '版本号',
  id: '标识',
  page: '页码',
  pageSize: '每页条数',
  q: '搜索词',
  permissions: '权限',
  expiresAt: '失效日期',
  includeDisabled: '显示已停用',
  includeRevoked: '显示已吊销',
  actor: '操作人',
  event: '事件类型',
  targetType: '对象类型',
  target: '对象',
  from: '开始时间',
  to: '结束时间',
  courtCode: '法院代字',
  systemCode: '法院系统代码',
  level: '法院层级',
  effectiveFrom: '生效日期',
  obsoleteFrom: '停用日期',
  effectiveTo: '终止日期',
  courtId: '管辖法院',
  caseScope: '案件范围',
  basis: '依据',
  days: '节假日安排',
  papers: '通知网址',
  notice: '所依据的通知',
  isOffDay: '放假或调休上班',
  year: '年份',
  ruleId: '期间规则',
  trigger: '起算事件日期',
  label: '名称',
  sortOrder: '排序号',
  code: '代码',
  previous: '读取时的值',
  date: '日期',
  disabled: '停用',
};

// Messages of zod-zh.ts that do not name their field.
const GENERIC =
  /^(必填|应为|取值不在|不能为空|至少\d|最多\d|不能小于|不能大于|格式不正确|包含不认识|输入无效)/;

/** 'roles.0' + '取值不在允许的范围内' → '角色：取值不在允许的范围内'; schema-worded messages stay as they are. */
export function withFieldLabel(field: string, message: string): string {
  if (!GENERIC.test(message)) return message;
  const key = field.split('.').find((part) => !/^\d+$/.test(part) && part !== '') ?? '';
  const label = FIELD_LABELS[key] ?? (field || '请求');
  return `${label}：${message}`;
}
