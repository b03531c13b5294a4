// The typed catalogue of audit events. Every write of the platform records one
// of these, in the same transaction as the change.

export const AUDIT_EVENTS = {
  'auth.login.succeeded': '登录成功',
  'auth.login.failed': '登录失败',
  'auth.logout': '退出登录',
  'auth.password.changed': '修改密码',
  'user.locked': '账户锁定',
  'org.created': '新建组织机构',
  'org.updated': '编辑组织机构',
  'org.moved': '移动组织机构',
  'org.disabled': '停用组织机构',
  'org.enabled': '启用组织机构',
  'user.created': '新建账户',
  'user.updated': '编辑账户',
  'user.disabled': '停用账户',
  'user.enabled': '启用账户',
  'user.password.reset': '重置密码',
  'user.unlocked': '解锁账户',
  'user.roles.assigned': '分配角色',
  'token.created': '新建接口令牌',
  'token.revoked': '吊销接口令牌',
  'token.used': '使用接口令牌',
  'security-policy.updated': '修改安全策略',
  'audit.verified': '校验审计日志',
  'demo.seeded': '创建演示数据',
  'court.created': '登记法院信息',
  'court.updated': '编辑法院信息',
  'jurisdiction.created': '新增集中管辖安排',
  'jurisdiction.ended': '终止集中管辖安排',
  'calendar.year.saved': '修订节假日安排',
  'dictionary.saved': '保存案由/管理领域',
  'case.registered': '登记行政应诉案件',
  'case.step.recorded': '记录应诉环节',
  'case.corrected': '更正应诉记录',
  'case.attachment.added': '上传案件材料',
  'case.letter.generated': '制发建议书',
  'document-series.saved': '设置文号规则',
} as const;

export type AuditEvent = keyof typeof AUDIT_EVENTS;
export const AUDIT_EVENT_NAMES = Object.keys(AUDIT_EVENTS) as AuditEvent[];

export const AUDIT_TARGET_TYPES = {
  user: '账户',
  organisation: '组织机构',
  'api-token': '接口令牌',
  'security-policy': '安全策略',
  'audit-log': '审计日志',
  system: '系统',
  court: '法院',
  jurisdiction: '集中管辖安排',
  'holiday-year': '节假日安排',
  dictionary: '案由/管理领域',
  case: '行政应诉案件',
  'document-series': '文号规则',
} as const;
export type AuditTargetType = keyof typeof AUDIT_TARGET_TYPES;
