// Name matches of the organisation search, paged; a click selects one.
import { Table, Tag, Typography } from 'antd';
import type { Organisation } from '../../../shared/api/organisations';
import { ORG_KIND_LABELS } from '../../../shared/domain/organisations';
import type { Page } from '../../lib/api-client';

interface OrgSearchResultsProps {
  data: Page<Organisation> | undefined;
  loading: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onPageChange: (page: number) => void;
}

export function OrgSearchResults({
  data,
  loading,
  selectedId,
  onSelect,
  onPageChange,
}: OrgSearchResultsProps) {
  return (
    <Table<Organisation>
      aria-label="搜索结果"
      size="small"
      rowKey="id"
      showHeader={false}
      loading={loading}
      dataSource={data?.items ?? []}
      locale={{ emptyText: '没有名称匹配的机构' }}
      onRow={(org) => ({
        onClick: () => onSelect(org.id),
        style: { cursor: 'pointer', background: org.id === selectedId ? '#e6f4ff' : undefined },
      })}
      columns={[
        {
          key: 'name',
          render: (_, org) =>
            org.disabled ? (
              <Typography.Text type="secondary">
                {org.name} <Tag>已停用</Tag>
              </Typography.Text>
            ) : (
              org.name
            ),
        },
        {
          key: 'kind',
          width: 100,
          render: (_, org) => <Typography.Text type="secondary">{ORG_KIND_LABELS[org.kind]}</Typography.Text>,
        },
      ]}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        onChange: onPageChange,
        size: 'small',
        hideOnSinglePage: true,
      }}
    />
  );
}
