// One year's days: each day off and each weekend day worked instead (调休上班).
import { Alert, Table, Tag } from 'antd';
import type { HolidayYearDetail } from '../../../shared/api/calendar';

type Day = HolidayYearDetail['days'][number];

export function HolidayDaysTable({ year }: { year: HolidayYearDetail }) {
  if (year.source === 'missing') {
    return (
      <Alert
        type="warning"
        showIcon
        title={`${year.year}年的节假日安排未收录：期限计算按普通周末进行并给出提示`}
      />
    );
  }
  return (
    <Table<Day>
      rowKey="date"
      size="small"
      pagination={false}
      dataSource={year.days}
      columns={[
        { title: '日期', dataIndex: 'date', key: 'date', width: 120 },
        { title: '星期', dataIndex: 'weekday', key: 'weekday', width: 70 },
        { title: '节日', dataIndex: 'name', key: 'name' },
        {
          title: '安排',
          key: 'isOffDay',
          render: (_, d) => (d.isOffDay ? <Tag color="red">放假</Tag> : <Tag color="orange">调休上班</Tag>),
        },
      ]}
    />
  );
}
