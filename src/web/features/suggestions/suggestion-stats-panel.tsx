// 统计: issued, replied, replied on time, adopted (incl. partly), rectified —
// by kind and by addressee, for the caller's scope and a period, with the
// definition (统计口径) beside the numbers.
import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Space, Statistic, Table, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { SuggestionCounts } from '../../../shared/api/suggestions';
import { chinaToday } from '../../components/format';
import { messageOf } from '../../lib/api-client';
import { fetchSuggestionStats, suggestionKeys } from './suggestions-api';

const rate = (part: number, whole: number) =>
  whole === 0 ? '—' : `${Math.round((part / whole) * 1000) / 10}%`;

const countColumns = [
  { title: '制发', dataIndex: 'issued', width: 80 },
  { title: '已答复', dataIndex: 'replied', width: 80 },
  { title: '按期答复', dataIndex: 'repliedOnTime', width: 90 },
  { title: '采纳', dataIndex: 'adopted', width: 80 },
  { title: '已整改', dataIndex: 'rectified', width: 80 },
];

export function SuggestionStatsPanel() {
  const year = chinaToday().year();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const stats = useQuery({
    queryKey: suggestionKeys.stats(from, to),
    queryFn: () => fetchSuggestionStats(from, to),
  });
  if (stats.error) return <Alert type="error" showIcon title={messageOf(stats.error)} />;
  const total: SuggestionCounts | undefined = stats.data?.total;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <span>统计期间</span>
        <DatePicker.RangePicker
          allowClear={false}
          value={range}
          onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
        />
      </Space>
      {total && (
        <Space size="large" wrap>
          <Statistic title="制发（登记）" value={total.issued} />
          <Statistic
            title="已答复"
            value={total.replied}
            suffix={<small>{rate(total.replied, total.issued)}</small>}
          />
          <Statistic
            title="按期答复"
            value={total.repliedOnTime}
            suffix={<small>{rate(total.repliedOnTime, total.issued)}</small>}
          />
          <Statistic
            title="采纳（含部分采纳）"
            value={total.adopted}
            suffix={<small>{rate(total.adopted, total.replied)}</small>}
          />
          <Statistic title="已整改" value={total.rectified} />
        </Space>
      )}
      {stats.data && <Typography.Text type="secondary">统计口径：{stats.data.definition}</Typography.Text>}
      <Tabs
        items={[
          {
            key: 'kind',
            label: '按种类',
            children: (
              <Table
                rowKey="kind"
                size="small"
                pagination={false}
                loading={stats.isFetching}
                dataSource={stats.data?.byKind ?? []}
                columns={[{ title: '种类', dataIndex: 'kindLabel' }, ...countColumns]}
              />
            ),
          },
          {
            key: 'addressee',
            label: '按主送单位',
            children: (
              <Table
                rowKey={(row) => row.addressee.id}
                size="small"
                pagination={{ pageSize: 10 }}
                loading={stats.isFetching}
                dataSource={stats.data?.byAddressee ?? []}
                columns={[{ title: '主送单位', dataIndex: ['addressee', 'name'] }, ...countColumns]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
