// The pages of the app and the permission each needs: the side menu, the
// route guards and the home page's quick links all read this one list.
import {
  ApartmentOutlined,
  AreaChartOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FundOutlined,
  KeyOutlined,
  MailOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../shared/domain/permissions';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Omitted: every signed-in user. */
  permission?: Permission;
  description: string;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/', label: '工作台', icon: <DashboardOutlined />, description: '待办、本人信息与可用功能' },
  {
    path: '/cases',
    label: '行政应诉',
    icon: <FileProtectOutlined />,
    permission: 'case.read',
    description: '行政诉讼案件登记、应诉环节与期限',
  },
  {
    path: '/suggestions',
    label: '建议与函件',
    icon: <MailOutlined />,
    permission: 'suggestion.read',
    description: '司法建议、检察建议、复议意见书与司法局函件的登记、答复与统计',
  },
  {
    path: '/bulletins',
    label: '信息通报',
    icon: <NotificationOutlined />,
    permission: 'bulletin.read',
    description: '法院与政府之间的信息通报：收件箱、发送与阅读回执',
  },
  {
    path: '/monthly-reports',
    label: '三通报',
    icon: <ScheduleOutlined />,
    permission: 'monthly-report.read',
    description: '法院每月报送的排庭、负责人出庭与生效裁判情况',
  },
  {
    path: '/court-exchange',
    label: '法院数据报送',
    icon: <CloudUploadOutlined />,
    permission: 'exchange.import',
    description: '法院报送排庭、出庭情况与裁判结果：模板导入、接口报送与逐条录入',
  },
  {
    path: '/dashboard',
    label: '数据看板',
    icon: <FundOutlined />,
    permission: 'indicator.read',
    description: '本地区应诉工作概览：指标及较上期变化、月度趋势、机关排名、分布与近期开庭',
  },
  {
    path: '/indicators',
    label: '统计指标',
    icon: <AreaChartOutlined />,
    permission: 'indicator.read',
    description: '出庭应诉率、败诉率等考核指标，各机关分列与案件明细',
  },
  {
    path: '/assessment',
    label: '考核',
    icon: <TrophyOutlined />,
    permission: 'assessment.read',
    description: '考核方案、各单位季度和年度得分、等次与排名，每一分可追溯到案件',
  },
  {
    path: '/periodic-reports',
    label: '定期报告',
    icon: <FileTextOutlined />,
    permission: 'periodic-report.read',
    description: '月分析、季通报、半年总结和年度报告：编制、发布归档、导出与上报',
  },
  {
    path: '/orgs',
    label: '组织机构',
    icon: <ApartmentOutlined />,
    permission: 'org.read',
    description: '政府、部门、法院等机构的层级',
  },
  {
    path: '/courts',
    label: '法院与管辖',
    icon: <BankOutlined />,
    permission: 'court.read',
    description: '法院代字、集中管辖安排与管辖法院测算',
  },
  {
    path: '/users',
    label: '账户管理',
    icon: <TeamOutlined />,
    permission: 'user.read',
    description: '账户、角色、密码与锁定',
  },
  {
    path: '/tokens',
    label: '接口令牌',
    icon: <KeyOutlined />,
    permission: 'token.read',
    description: '外部系统调用接口的凭据',
  },
  {
    path: '/calendar',
    label: '节假日安排',
    icon: <CalendarOutlined />,
    permission: 'calendar.manage',
    description: '法定节假日与调休安排、期限规则',
  },
  {
    path: '/dictionaries',
    label: '案由与领域',
    icon: <BookOutlined />,
    permission: 'dictionary.manage',
    description: '案由与管理领域字典',
  },
  {
    path: '/security-policy',
    label: '安全策略',
    icon: <SafetyCertificateOutlined />,
    permission: 'security-policy.read',
    description: '密码规则、登录锁定与会话时长',
  },
  {
    path: '/audit',
    label: '审计日志',
    icon: <AuditOutlined />,
    permission: 'audit.read',
    description: '操作记录与哈希链校验',
  },
];

export function navItemsFor(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.permission === undefined || permissions.includes(item.permission));
}
