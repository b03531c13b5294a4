// 审计日志: filters, the paged log with expandable rows, and the chain check.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { AuditEventRow } from '../../shared/api/audit';
import { AUDIT_EVENTS, AUDIT_TARGET_TYPES } from '../../shared/domain/audit-events';
import { formatDateTimeSeconds } from '../components/format';
import { auditKeys, type AuditFilters as Filters, listAudit } from '../features/audit/audit-api';
import { AuditDetail } from '../features/audit/audit-detail';
import { AuditFilters } from '../features/audit/audit-filters';
import { VerifyChain } from '../features/audit/verify-chain';
import { useCan } from '../features/auth/session';
import { messageOf } from '../lib/api-client';

const ACTOR_TYPES: Record<AuditEventRow['actorType'], string> = {
  user: '账户',
  token: '接口令牌',
  system: '系统',
  anonymous: '未登录',
};

const columns: ColumnsType<AuditEventRow> = [
  { title: '时间', key: 'occurredAt', width: 170, render: (_, e) => formatDateTimeSeconds(e.occurredAt) },
  {
    title: '操作人',
    key: 'actor',
    render: (_, e) => (
      <>
        {e.actorType === 'system' ? '系统' : (e.actorName ?? ACTOR_TYPES[e.actorType])}
        {e.actorType === 'token' && <Tag style={{ marginInlineStart: 4 }}>令牌</Tag>}
        {e.actorOrgName && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {e.actorOrgName}
          </Typography.Text>
        )}
      </>
    ),
  },
  {
    title: '事件',
    key: 'event',
    render: (_, e) => AUDIT_EVENTS[e.event as keyof typeof AUDIT_EVENTS] ?? '其他事件',
  },
  {
    title: '对象',
    key: 'target',
    render: (_, e) => (
      <>
        <Tag>{AUDIT_TARGET_TYPES[e.targetType as keyof typeof AUDIT_TARGET_TYPES] ?? '其他'}</Tag>
        {e.targetLabel ?? e.targetId ?? ''}
      </>
    ),
  },
  { title: 'IP 地址', key: 'ip', render: (_, e) => e.ip ?? '—' },
];

export function AuditPage() {
  const can = useCan();
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const log = useQuery({
    queryKey: auditKeys.list(filters, paging.page, paging.pageSize),
    queryFn: () => listAudit(filters, paging.page, paging.pageSize),
    placeholderData: keepPreviousData,
  });
  return (
    <Card title="审计日志">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {can('audit.verify') && <VerifyChain />}
        <AuditFilters
          onChange={(next) => {
            setFilters(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
        {log.error && <Alert type="error" showIcon title={messageOf(log.error)} />}
        <Table<AuditEventRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={log.data?.items ?? []}
          loading={log.isFetching}
          expandable={{ expandedRowRender: (event) => <AuditDetail event={event} /> }}
          pagination={{
            current: log.data?.page ?? 1,
            pageSize: log.data?.pageSize ?? 50,
            total: log.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => `共 ${total} 条`,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      </Space>
    </Card>
  );
}
