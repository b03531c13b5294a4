// The court list: name, 法院代字, system code, level, region, dates.
import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Court } from '../../../shared/api/courts';
import { COURT_LEVEL_LABELS } from '../../../shared/domain/jurisdiction';
import type { Page } from '../../lib/api-client';

interface CourtsTableProps {
  data: Page<Court> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (court: Court) => void;
}

export function CourtsTable({ data, loading, onPageChange, onEdit }: CourtsTableProps) {
  const columns: ColumnsType<Court> = [
    {
      title: '法院',
      key: 'name',
      render: (_, court) => (
        <>
          {court.name}
          {court.organisationDisabled && <Tag style={{ marginLeft: 8 }}>机构已停用</Tag>}
        </>
      ),
    },
    { title: '法院代字', dataIndex: 'courtCode', key: 'courtCode' },
    { title: '系统代码', key: 'systemCode', render: (_, court) => court.systemCode ?? '—' },
    { title: '层级', key: 'level', render: (_, court) => COURT_LEVEL_LABELS[court.level] },
    { title: '行政区划', dataIndex: 'regionCode', key: 'regionCode' },
    {
      title: '使用期间',
      key: 'period',
      render: (_, court) =>
        court.effectiveFrom || court.obsoleteFrom
          ? `${court.effectiveFrom ?? '—'} 起${court.obsoleteFrom ? `，${court.obsoleteFrom} 停用` : ''}`
          : '一直在用',
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, court) =>
        court.abilities.update && (
          <Button type="link" size="small" onClick={() => onEdit(court)}>
            编辑
          </Button>
        ),
    },
  ];
  // Readers without any action see no empty 操作 column.
  const canAct = data?.items.some((court) => court.abilities.update) ?? false;
  return (
    <Table<Court>
      rowKey="organisationId"
      size="middle"
      columns={canAct ? columns : columns.filter((c) => c.key !== 'actions')}
      dataSource={data?.items ?? []}
      loading={loading}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showTotal: (total) => `共 ${total} 个法院`,
        onChange: onPageChange,
      }}
    />
  );
}
