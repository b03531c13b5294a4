// 导入记录: this court's uploads, machine pushes and hand entries, newest
// first, with their outcome counts; a row opens its report.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Table, Tag } from 'antd';
import { useState } from 'react';
import {
  type ExchangeImport,
  IMPORT_SOURCE_LABELS,
  IMPORT_STATUS_LABELS,
} from '../../../shared/api/court-exchange';
import { EXCHANGE_KIND_LABELS } from '../../../shared/domain/court-exchange/columns';
import { formatDateTime } from '../../components/format';
import { messageOf } from '../../lib/api-client';
import { exchangeKeys, listImports } from './exchange-api';
import { countsText } from './import-report';

export function ImportHistory({ onOpen }: { onOpen: (importId: string) => void }) {
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: exchangeKeys.imports(page),
    queryFn: () => listImports(page),
    placeholderData: keepPreviousData,
  });
  if (query.isError) return <Alert type="error" message={messageOf(query.error)} />;
  return (
    <Table<ExchangeImport>
      rowKey="id"
      size="small"
      loading={query.isFetching}
      dataSource={query.data?.items ?? []}
      pagination={{ current: page, pageSize: 10, total: query.data?.total ?? 0, onChange: setPage }}
      columns={[
        { title: '时间', dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
        {
          title: '类型',
          dataIndex: 'kind',
          width: 90,
          render: (v: ExchangeImport['kind']) => EXCHANGE_KIND_LABELS[v],
        },
        {
          title: '来源',
          render: (_, row) => row.fileName ?? IMPORT_SOURCE_LABELS[row.source],
        },
        {
          title: '状态',
          dataIndex: 'status',
          width: 90,
          render: (v: ExchangeImport['status']) => <Tag>{IMPORT_STATUS_LABELS[v]}</Tag>,
        },
        { title: '结果', render: (_, row) => countsText(row.appliedCounts ?? row.checkedCounts) },
        { title: '操作人', dataIndex: 'createdByName', width: 100 },
        {
          title: '',
          width: 90,
          render: (_, row) => (
            <Button size="small" onClick={() => onOpen(row.id)}>
              查看报告
            </Button>
          ),
        },
      ]}
    />
  );
}
