// Flat `resource.action` permissions and the roles that hold them.
// Record-level scope (which organisations' records) is decided on the server in
// the *.policy.ts files; this file only says which actions a role may attempt.

export const PERMISSIONS = [
  'org.read',
  'org.create',
  'org.update',
  'org.move',
  'org.disable',
  'user.read',
  'user.create',
  'user.update',
  'user.disable',
  'user.reset-password',
  'user.unlock',
  'user.assign-roles',
  'token.read',
  'token.create',
  'token.revoke',
  'security-policy.read',
  'security-policy.update',
  'audit.read',
  'audit.verify',
  'court.read',
  'court.manage',
  'calendar.manage',
  'dictionary.manage',
  'case.read',
  'case.create',
  'case.record',
  'case.correct',
  'case.attach',
  'case.letter',
  'case.export',
  'exchange.import',
  'monthly-report.read',
  'monthly-report.write',
  'bulletin.read',
  'bulletin.send',
  'suggestion.read',
  'suggestion.issue',
  'suggestion.reply',
  'notification.read',
  'indicator.read',
  'indicator.configure',
  'periodic-report.read',
  'periodic-report.write',
  'assessment.read',
  'assessment.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<Permission, string> = {
  'org.read': '查看组织机构',
  'org.create': '新建组织机构',
  'org.update': '编辑组织机构',
  'org.move': '移动组织机构',
  'org.disable': '停用/启用组织机构',
  'user.read': '查看账户',
  'user.create': '新建账户',
  'user.update': '编辑账户',
  'user.disable': '停用/启用账户',
  'user.reset-password': '重置密码',
  'user.unlock': '解锁账户',
  'user.assign-roles': '分配角色',
  'token.read': '查看接口令牌',
  'token.create': '新建接口令牌',
  'token.revoke': '吊销接口令牌',
  'security-policy.read': '查看安全策略',
  'security-policy.update': '修改安全策略',
  'audit.read': '查看审计日志',
  'audit.verify': '校验审计日志',
  'court.read': '查看法院与管辖',
  'court.manage': '维护法院与集中管辖',
  'calendar.manage': '维护节假日安排',
  'dictionary.manage': '维护案由与管理领域',
  'case.read': '查看行政应诉案件',
  'case.create': '登记行政应诉案件',
  'case.record': '记录应诉环节',
  'case.correct': '更正应诉记录',
  'case.attach': '上传案件材料',
  'case.letter': '制发建议书',
  'case.export': '导出案件清单',
  'exchange.import': '报送法院数据（排庭、出庭、裁判）',
  'monthly-report.read': '查看三通报',
  'monthly-report.write': '编辑和发送三通报',
  'bulletin.read': '查看信息通报',
  'bulletin.send': '发送信息通报',
  'suggestion.read': '查看建议与函件',
  'suggestion.issue': '登记和制发建议与函件',
  'suggestion.reply': '答复建议与函件',
  'notification.read': '查看本单位提醒',
  'indicator.read': '查看统计指标',
  'indicator.configure': '选择考核指标统计口径',
  'periodic-report.read': '查看定期报告',
  'periodic-report.write': '编制、发布和上报定期报告',
  'assessment.read': '查看考核结果',
  'assessment.manage': '制定考核方案，计算和发布考核结果',
};

// 三员分立 (等保 2.0): system, security and audit administrators hold disjoint
// powers; none of them reads business records.
export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const;
export const BUSINESS_ROLES = ['coordinator', 'clerk', 'head', 'court-liaison', 'leader'] as const;
export const ROLES = [...ADMIN_ROLES, ...BUSINESS_ROLES] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];
export type BusinessRole = (typeof BUSINESS_ROLES)[number];
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
  coordinator: '法制协调员', // 司法局应诉科 staff
  clerk: '经办人', // agency clerk
  head: '机关负责人', // agency head
  'court-liaison': '法院联络员',
  leader: '领导', // read-only, their region
};

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  sysadmin: [
    'org.read',
    'org.create',
    'org.update',
    'org.move',
    'org.disable',
    'user.read',
    'user.create',
    'user.update',
    'user.disable',
    'user.reset-password',
    'token.read',
    'token.create',
    'token.revoke',
    // Reference data of the system, not business records.
    'court.read',
    'court.manage',
    'calendar.manage',
    'dictionary.manage',
  ],
  secadmin: [
    'user.read',
    'user.unlock',
    'user.assign-roles',
    'security-policy.read',
    'security-policy.update',
  ],
  auditor: ['audit.read', 'audit.verify'],
  coordinator: [
    'org.read',
    'court.read',
    'case.read',
    'case.create',
    'case.record',
    'case.correct',
    'case.attach',
    'case.letter',
    'case.export',
    'monthly-report.read',
    'bulletin.read',
    'bulletin.send',
    'suggestion.read',
    'suggestion.issue',
    'suggestion.reply',
    'indicator.read',
    'notification.read',
    'indicator.configure',
    'periodic-report.read',
    'periodic-report.write',
    'assessment.read',
    'assessment.manage',
  ],
  clerk: [
    'org.read',
    'court.read',
    'case.read',
    'case.create',
    'case.record',
    'case.correct',
    'case.attach',
    'case.export',
    'bulletin.read',
    'suggestion.read',
    'suggestion.reply',
    'indicator.read',
    'notification.read',
    'assessment.read',
  ],
  head: [
    'org.read',
    'court.read',
    'case.read',
    'case.record',
    'bulletin.read',
    'suggestion.read',
    'suggestion.reply',
    'indicator.read',
    'notification.read',
    'assessment.read',
  ],
  'court-liaison': [
    'org.read',
    'court.read',
    'case.read',
    'case.attach',
    'exchange.import',
    'monthly-report.read',
    'monthly-report.write',
    'bulletin.read',
    'bulletin.send',
    'suggestion.read',
    'suggestion.issue',
    'notification.read',
  ],
  leader: [
    'org.read',
    'court.read',
    'case.read',
    'case.export',
    'monthly-report.read',
    'bulletin.read',
    'suggestion.read',
    'indicator.read',
    'notification.read',
    'periodic-report.read',
    'assessment.read',
  ],
};

// Which roles an actor holding a role may hand out. The system administrator
// creates business accounts; only the security administrator grants the
// administrator roles.
export const GRANTABLE_ROLES: Partial<Record<Role, readonly Role[]>> = {
  sysadmin: BUSINESS_ROLES,
  secadmin: ROLES,
};

// Permissions an API token may carry: machine clients never administer.
export const TOKEN_PERMISSIONS: readonly Permission[] = [
  'org.read',
  'court.read',
  'case.read',
  'exchange.import',
];

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) granted.add(p);
  return PERMISSIONS.filter((p) => granted.has(p));
}

export function grantableRolesOf(roles: readonly Role[]): Role[] {
  const grantable = new Set<Role>();
  for (const role of roles) for (const r of GRANTABLE_ROLES[role] ?? []) grantable.add(r);
  return ROLES.filter((r) => grantable.has(r));
}

export function isAdminRole(role: Role): role is AdminRole {
  return (ADMIN_ROLES as readonly string[]).includes(role);
}
