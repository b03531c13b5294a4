// 集中管辖安排: which court hears which region's cases, from when to when, on what basis.
import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Jurisdiction } from '../../../shared/api/courts';
import { chinaDate } from '../../../shared/domain/china-time';
import { CASE_SCOPE_LABELS } from '../../../shared/domain/jurisdiction';

interface JurisdictionsTableProps {
  items: Jurisdiction[];
  loading: boolean;
  onEnd: (mapping: Jurisdiction) => void;
}

function statusOf(mapping: Jurisdiction): { label: string; color: string } {
  const today = chinaDate(new Date());
  if (mapping.effectiveFrom > today) return { label: '尚未生效', color: 'blue' };
  if (mapping.effectiveTo !== null && mapping.effectiveTo < today)
    return { label: '已终止', color: 'default' };
  return { label: '有效', color: 'green' };
}

export function JurisdictionsTable({ items, loading, onEnd }: JurisdictionsTableProps) {
  const columns: ColumnsType<Jurisdiction> = [
    { title: '行政区划', dataIndex: 'regionCode', key: 'regionCode', width: 100 },
    {
      title: '管辖法院',
      key: 'court',
      render: (_, m) => `${m.court.name}（${m.court.courtCode}）`,
    },
    { title: '案件范围', key: 'caseScope', render: (_, m) => CASE_SCOPE_LABELS[m.caseScope] },
    {
      title: '期间',
      key: 'period',
      render: (_, m) => `${m.effectiveFrom} 至 ${m.effectiveTo ?? '今'}`,
    },
    {
      title: '状态',
      key: 'status',
      render: (_, m) => {
        const status = statusOf(m);
        return <Tag color={status.color}>{status.label}</Tag>;
      },
    },
    { title: '依据', dataIndex: 'basis', key: 'basis' },
    {
      title: '操作',
      key: 'actions',
      render: (_, m) =>
        m.abilities.end && (
          <Button type="link" size="small" danger onClick={() => onEnd(m)}>
            终止
          </Button>
        ),
    },
  ];
  const canAct = items.some((m) => m.abilities.end);
  return (
    <Table<Jurisdiction>
      rowKey="id"
      size="middle"
      columns={canAct ? columns : columns.filter((c) => c.key !== 'actions')}
      dataSource={items}
      loading={loading}
      pagination={false}
      locale={{ emptyText: '没有集中管辖安排：各区划的案件由本区划的基层人民法院管辖' }}
    />
  );
}
