// Chinese names for the fields an audit row records before → after, and
// readable values (role, kind and permission labels instead of identifiers).
import { ORG_KIND_LABELS, type OrgKind } from '../../../shared/domain/organisations';
import {
  PERMISSION_LABELS,
  type Permission,
  ROLE_LABELS,
  type Role,
} from '../../../shared/domain/permissions';

const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  kind: '机构类型',
  parentId: '上级机构标识',
  regionCode: '行政区划代码',
  uscc: '统一社会信用代码',
  disabled: '已停用',
  username: '用户名',
  displayName: '姓名',
  organisationId: '所属机构标识',
  roles: '角色',
  isDemo: '演示账户',
  permissions: '权限',
  prefix: '令牌前缀',
  expiresAt: '失效时间',
  revokedAt: '吊销时间',
  lockedAt: '锁定时间',
  failedLogins: '连续失败次数',
  mustChangeAtNextLogin: '下次登录须修改密码',
  mustChangePassword: '须修改密码',
  reason: '原因',
  windowMinutes: '失败计数时间窗（分钟）',
  method: '请求方法',
  path: '请求路径',
  ok: '校验通过',
  checked: '已校验记录数',
  firstBrokenId: '首个异常记录编号',
  organisations: '机构数',
  accounts: '账户数',
  passwordMinLength: '密码最小长度',
  passwordMinCharClasses: '密码字符类别数',
  passwordForbidUsername: '密码不得包含用户名',
  maxFailedLogins: '锁定前允许的失败次数',
  failureWindowMinutes: '失败计数时间窗（分钟）',
  lockoutMinutes: '锁定时长（分钟）',
  sessionIdleMinutes: '会话空闲超时（分钟）',
  sessionAbsoluteHours: '会话最长时长（小时）',
  version: '版本号',
  courtCode: '法院代字',
  systemCode: '法院系统代码',
  level: '法院层级',
  effectiveFrom: '生效/启用日期',
  obsoleteFrom: '停用日期',
  effectiveTo: '终止日期',
  court: '法院',
  caseScope: '案件范围',
  basis: '依据',
  source: '数据来源',
  notice: '所依据的通知',
  papers: '通知网址',
  offDays: '放假天数',
  makeUpWorkdays: '调休上班天数',
  added: '新增的安排',
  removed: '删除的安排',
  label: '名称',
  sortOrder: '排序号',
};

const REASON_LABELS: Record<string, string> = {
  'unknown-user': '用户名不存在',
  locked: '账户已锁定',
  'wrong-password': '密码错误',
  disabled: '账户已停用',
  'organisation-disabled': '所属机构已停用',
};

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key;
}

export function formatAuditValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (key === 'roles' && Array.isArray(value))
    return value.map((r) => ROLE_LABELS[r as Role] ?? String(r)).join('、');
  if (key === 'permissions' && Array.isArray(value)) {
    return value.map((p) => PERMISSION_LABELS[p as Permission] ?? String(p)).join('、');
  }
  if (key === 'kind' && typeof value === 'string') return ORG_KIND_LABELS[value as OrgKind] ?? value;
  if (key === 'reason' && typeof value === 'string') return REASON_LABELS[value] ?? value;
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}
