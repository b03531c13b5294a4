// The kinds of notice the platform leaves for an organisation, with the label
// its people read. A feature that sends a notice adds its kind here.
export const NOTIFICATION_KINDS = {
  general: '通知',
  'bulletin.received': '收到信息通报',
  'monthly-report.drafted': '三通报待报送',
  'monthly-report.received': '收到三通报',
  'monthly-report.overdue': '三通报逾期未报送',
  'periodic-report.submitted': '收到下级上报的定期报告',
  'suggestion.received': '收到建议与函件',
  'suggestion.due-soon': '建议与函件答复期限将至',
  'suggestion.overdue': '建议与函件逾期未答复',
  'suggestion.escalated': '建议与函件逾期未答复（督办）',
  'suggestion.replied': '建议与函件已答复',
  'assessment.published': '考核结果已发布',
  'deadline.moved': '期限因节假日安排修订而变动',
} as const;
export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
