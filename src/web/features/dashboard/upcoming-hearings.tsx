// 近期开庭: the hearings of the next 14 days in scope, each leading to its case.
import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { DashboardHearing } from '../../../shared/api/dashboard';
import { formatDateTime } from '../../components/format';

export function UpcomingHearings({ hearings }: { hearings: DashboardHearing[] }) {
  return (
    <Card size="small" title="近14日开庭">
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
      </section>
    </Card>
  );
}
