// One import: its progress while the dry run or the apply runs, the counts,
// the per-row report (filtered by outcome, paged) and the confirmation.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Progress,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type ExchangeImport,
  IMPORT_SOURCE_LABELS,
  IMPORT_STATUS_LABELS,
  type OutcomeCounts,
  type ReportRow,
} from '../../../shared/api/court-exchange';
import {
  EXCHANGE_KIND_LABELS,
  ROW_OUTCOME_LABELS,
  type RowOutcome,
} from '../../../shared/domain/court-exchange/columns';
import { formatDateTime } from '../../components/format';
import { useReportError } from '../../components/use-report-error';
import { messageOf } from '../../lib/api-client';
import { applyImport, exchangeKeys, getImport, isRunning, listImportRows } from './exchange-api';

const OUTCOME_COLORS: Record<RowOutcome, string> = {
  created: 'green',
  updated: 'blue',
  unchanged: 'default',
  rejected: 'red',
  'skipped-blank': 'default',
};

export function countsText(counts: OutcomeCounts | null): string {
  if (!counts) return '—';
  return `新增 ${counts.created}，更新 ${counts.updated}，无变化 ${counts.unchanged}，不予导入 ${counts.rejected}，空行 ${counts.skipped}`;
}

function ReportTable({ item }: { item: ExchangeImport }) {
  const [outcome, setOutcome] = useState<RowOutcome | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const rows = useQuery({
    queryKey: exchangeKeys.rows(item.id, outcome, page, pageSize),
    queryFn: () => listImportRows(item.id, outcome, page, pageSize),
    placeholderData: keepPreviousData,
    enabled: item.status === 'checked' || item.status === 'applied',
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Radio.Group
        value={outcome ?? 'all'}
        onChange={(e) => {
          setOutcome(e.target.value === 'all' ? undefined : e.target.value);
          setPage(1);
        }}
        optionType="button"
        aria-label="按结果筛选"
        options={[
          { value: 'all', label: '全部' },
          ...Object.entries(ROW_OUTCOME_LABELS).map(([value, label]) => ({ value, label })),
        ]}
      />
      {rows.isError && <Alert type="error" message={messageOf(rows.error)} />}
      <Table<ReportRow>
        rowKey="rowNumber"
        size="small"
        loading={rows.isFetching}
        dataSource={rows.data?.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: rows.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 行`,
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={[
          { title: '行号', dataIndex: 'rowNumber', width: 70 },
          {
            title: '结果',
            dataIndex: 'outcome',
            width: 110,
            render: (value: RowOutcome, row) => (
              <Space size={4} wrap>
                <Tag color={OUTCOME_COLORS[value]}>{ROW_OUTCOME_LABELS[value]}</Tag>
                {row.isChangedSinceCheck && <Tag color="orange">预检后有变化</Tag>}
              </Space>
            ),
          },
          {
            title: '案号 / 识别键',
            render: (_, row) =>
              row.caseId ? (
                <Link to={`/cases/${row.caseId}`}>{row.keyLabel ?? row.caseNumber}</Link>
              ) : (
                (row.keyLabel ?? row.caseNumber ?? '—')
              ),
          },
          {
            title: '说明',
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                {row.errors.map((e) => (
                  <Typography.Text key={`${e.field}${e.message}`} type="danger">
                    【{e.column}】{e.message}
                  </Typography.Text>
                ))}
                {(row.changes ?? []).map((c) => (
                  <Typography.Text key={c.column}>
                    {c.column}：{c.before ?? '（空）'} → {c.after ?? '（空）'}
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}

export function ImportReport({ importId }: { importId: string }) {
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const query = useQuery({
    queryKey: exchangeKeys.import(importId),
    queryFn: () => getImport(importId),
    refetchInterval: (q) => (isRunning(q.state.data) ? 800 : false),
  });
  const apply = useMutation({
    mutationFn: () => applyImport(importId),
    onSuccess: (data) => {
      queryClient.setQueryData(exchangeKeys.import(importId), data);
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.all });
    },
    onError: (error) => reportError(error, { onConflict: () => void query.refetch() }),
  });
  const item = query.data;
  if (query.isError) return <Alert type="error" message={messageOf(query.error)} />;
  if (!item) return <Card loading />;
  const percent = item.totalRows === 0 ? 100 : Math.floor((item.processedRows / item.totalRows) * 100);
  return (
    <Card
      title={`${EXCHANGE_KIND_LABELS[item.kind]}：${item.fileName ?? IMPORT_SOURCE_LABELS[item.source]}`}
      extra={<Tag>{IMPORT_STATUS_LABELS[item.status]}</Tag>}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {isRunning(item) && (
          <div>
            <Typography.Text>
              {item.status === 'checking' ? '正在预检' : '正在导入'}：{item.processedRows} / {item.totalRows}{' '}
              行
            </Typography.Text>
            <Progress percent={percent} status="active" aria-label="进度" />
          </div>
        )}
        {item.error && <Alert type="error" showIcon message={item.error} />}
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="上传">
            {item.createdByName}，{formatDateTime(item.createdAt)}，共 {item.totalRows} 行
          </Descriptions.Item>
          <Descriptions.Item label="预检结果">{countsText(item.checkedCounts)}</Descriptions.Item>
          {item.appliedCounts && (
            <Descriptions.Item label="导入结果">
              {countsText(item.appliedCounts)}（{item.appliedByName}，{formatDateTime(item.appliedAt)}）
            </Descriptions.Item>
          )}
        </Descriptions>
        {item.status === 'applied' && (item.changedSinceCheck ?? 0) > 0 && (
          <Alert
            type="warning"
            showIcon
            message={`预检之后平台数据有变化：${item.changedSinceCheck} 行的导入结果与预检不同，已按导入时的校验处理，见标记“预检后有变化”的行`}
          />
        )}
        {item.status === 'applied' && <Alert type="success" showIcon message="已导入" />}
        {item.abilities.apply && (
          <Popconfirm
            title="确认导入"
            description="将重新校验每一行，并在一次操作中写入“新增”和“更新”的行。"
            okText="确认导入"
            cancelText="取消"
            onConfirm={() => apply.mutate()}
          >
            <Button type="primary" loading={apply.isPending}>
              确认导入
            </Button>
          </Popconfirm>
        )}
        <ReportTable key={`${item.id}-${item.status}`} item={item} />
      </Space>
    </Card>
  );
}
