// 近期开庭: the hearings of the next 14 days in scope, each leading to its case; when there
// are more than the server lists, how many, and where to see them all.
import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { DashboardHearing } from '../../../shared/api/dashboard';
import { formatDateTime } from '../../components/format';

export function UpcomingHearings({ hearings, total }: { hearings: DashboardHearing[]; total: number }) {
  return (
    <Card
      size="small"
      title="近14日开庭"
      extra={total > hearings.length && <Typography.Text type="secondary">共 {total} 场</Typography.Text>}
    >
      <section aria-label="近14日开庭">
        <Table<DashboardHearing>
          size="small"
          rowKey={(h) => `${h.caseId}-${h.scheduledAt}`}
          dataSource={hearings}
          pagination={false}
          locale={{ emptyText: '今后14日内没有开庭' }}
          columns={[
            { title: '开庭时间', key: 'at', width: 150, render: (_, h) => formatDateTime(h.scheduledAt) },
            {
              title: '案号',
              key: 'number',
              render: (_, h) => <Link to={`/cases/${h.caseId}`}>{h.caseNumber}</Link>,
            },
            { title: '法院', dataIndex: 'courtName' },
            { title: '被告', key: 'defendants', render: (_, h) => h.defendants.join('、') },
            {
              title: '负责人出庭',
              key: 'head',
              render: (_, h) => (
                <>
                  {h.isHeadRequested && <Tag color="orange">法院要求负责人出庭</Tag>}
                  {h.designatedHead ? `已确定：${h.designatedHead}` : <Tag color="red">未确定出庭负责人</Tag>}
                </>
              ),
            },
          ]}
        />
        {total > hearings.length && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            共 {total} 场，此处列出最早的 {hearings.length} 场；全部请在
            <Link to="/cases?sort=nextHearing&order=asc">案件列表（按下次开庭排序）</Link>中查看。
          </Typography.Paragraph>
        )}
      </section>
    </Card>
  );
}
