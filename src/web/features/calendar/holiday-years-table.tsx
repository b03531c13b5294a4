// The years of the official calendar and where each one's days come from.
import { Button, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  HOLIDAY_YEAR_SOURCE_LABELS,
  type HolidayYearSource,
  type HolidayYearSummary,
} from '../../../shared/api/calendar';
import { formatDateTime } from '../../components/format';

const SOURCE_COLORS: Record<HolidayYearSource, string> = {
  shipped: 'blue',
  corrected: 'gold',
  missing: 'red',
};

interface HolidayYearsTableProps {
  items: HolidayYearSummary[];
  loading: boolean;
  selected: number | null;
  canManage: boolean;
  onSelect: (year: number) => void;
  onEdit: (year: number) => void;
}

export function HolidayYearsTable({
  items,
  loading,
  selected,
  canManage,
  onSelect,
  onEdit,
}: HolidayYearsTableProps) {
  const columns: ColumnsType<HolidayYearSummary> = [
    { title: '年度', dataIndex: 'year', key: 'year', width: 80 },
    {
      title: '来源',
      key: 'source',
      width: 110,
      render: (_, y) => <Tag color={SOURCE_COLORS[y.source]}>{HOLIDAY_YEAR_SOURCE_LABELS[y.source]}</Tag>,
    },
    { title: '天数', dataIndex: 'dayCount', key: 'dayCount', width: 70 },
    {
      title: '依据',
      key: 'notice',
      render: (_, y) => y.notice ?? (y.papers.length > 0 ? `国务院办公厅通知（${y.papers.length} 份）` : '—'),
    },
    {
      title: '最近修订',
      key: 'updated',
      render: (_, y) => (y.updatedAt ? `${y.updatedBy ?? '—'}，${formatDateTime(y.updatedAt)}` : '—'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, y) => (
        <Space size={0}>
          {y.source !== 'missing' && (
            <Button type="link" size="small" onClick={() => onSelect(y.year)}>
              查看
            </Button>
          )}
          {canManage && (
            <Button type="link" size="small" onClick={() => onEdit(y.year)}>
              {y.source === 'missing' ? '录入' : '修订'}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<HolidayYearSummary>
      rowKey="year"
      size="small"
      columns={columns}
      dataSource={[...items].reverse()}
      loading={loading}
      pagination={false}
      rowClassName={(y) => (y.year === selected ? 'ant-table-row-selected' : '')}
    />
  );
}
