// For the home page: this month's 三通报 of the courts in scope — drafted,
// sent or overdue, and whether the recipients have read them.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api-client';
import { currentMonth, listReports, reportKeys } from './monthly-reports-api';
import { ReportStatusTag } from './report-status-tag';

export function MonthlyReportsCard() {
  const month = currentMonth();
  const params = { month, page: 1, pageSize: 50 };
  const reports = useQuery({ queryKey: reportKeys.list(params), queryFn: () => listReports(params) });
  const label = `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
  return (
    <Card
      title={`${label}三通报`}
      extra={<Link to={`/monthly-reports?month=${month}`}>全部</Link>}
      loading={reports.isLoading}
    >
      {reports.error && <Alert type="error" showIcon title={messageOf(reports.error)} />}
      <List
        size="small"
        locale={{ emptyText: '本月三通报尚未生成（每月1日自动起草）' }}
        dataSource={reports.data?.items ?? []}
        renderItem={(r) => {
          const read = r.recipients.filter((x) => x.readAt !== null).length;
          return (
            <List.Item>
              <Space wrap>
                <Link to={`/monthly-reports/${r.id}`}>{r.court.name}</Link>
                <ReportStatusTag status={r.status} isOverdue={r.isOverdue} />
                <Typography.Text type="secondary">
                  {r.status === 'sent' ? `已阅 ${read}/${r.recipients.length}` : `报送期限 ${r.dueOn}`}
                </Typography.Text>
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
