// The token list: who holds which permissions, since when, until when, last use.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ApiToken } from '../../../shared/api/api-tokens';
import { PERMISSION_LABELS } from '../../../shared/domain/permissions';
import { formatDateTime } from '../../components/format';
import { useReportError } from '../../components/use-report-error';
import type { Page } from '../../lib/api-client';
import { revokeToken, tokenKeys } from './tokens-api';

function statusOf(token: ApiToken): { label: string; color: string } {
  if (token.revokedAt) return { label: '已吊销', color: 'default' };
  if (token.expiresAt && new Date(token.expiresAt) <= new Date()) return { label: '已过期', color: 'orange' };
  return { label: '有效', color: 'green' };
}

function RevokeButton({ token }: { token: ApiToken }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const revoke = useMutation({
    mutationFn: () => revokeToken(token),
    onSuccess: async () => {
      message.success(`已吊销“${token.name}”`);
      await queryClient.invalidateQueries({ queryKey: tokenKeys.all });
    },
    onError: (error) => reportError(error),
  });
  return (
    <Popconfirm
      title={`吊销“${token.name}”？`}
      description="吊销后使用该令牌的系统将立即无法调用接口，且不能恢复。"
      okText="吊销"
      cancelText="取消"
      onConfirm={() => revoke.mutateAsync().catch(() => {})}
    >
      <Button type="link" size="small" danger>
        吊销
      </Button>
    </Popconfirm>
  );
}

interface TokensTableProps {
  data: Page<ApiToken> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

export function TokensTable({ data, loading, onPageChange }: TokensTableProps) {
  const columns: ColumnsType<ApiToken> = [
    { title: '名称', dataIndex: 'name', key: 'name' },
    { title: '所属机构', key: 'organisation', render: (_, t) => t.organisation.name },
    {
      title: '权限',
      key: 'permissions',
      render: (_, t) => t.permissions.map((p) => <Tag key={p}>{PERMISSION_LABELS[p]}</Tag>),
    },
    { title: '前缀', dataIndex: 'prefix', key: 'prefix', render: (prefix: string) => <code>{prefix}…</code> },
    {
      title: '创建',
      key: 'created',
      render: (_, t) => (
        <>
          {t.createdBy}
          <br />
          {formatDateTime(t.createdAt)}
        </>
      ),
    },
    {
      title: '失效日期',
      key: 'expiresAt',
      // The server keeps the end of that day in China time (23:59:59 +08:00): the same date in UTC.
      render: (_, t) => (t.expiresAt ? t.expiresAt.slice(0, 10) : '长期有效'),
    },
    { title: '最近使用', key: 'lastUsedAt', render: (_, t) => formatDateTime(t.lastUsedAt, '从未使用') },
    {
      title: '状态',
      key: 'status',
      render: (_, t) => {
        const status = statusOf(t);
        return <Tag color={status.color}>{status.label}</Tag>;
      },
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, t) => (t.abilities.revoke ? <RevokeButton token={t} /> : null),
    },
  ];
  return (
    <Table<ApiToken>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => `共 ${total} 个令牌`,
        onChange: onPageChange,
      }}
    />
  );
}
