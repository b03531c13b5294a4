// Left side of the organisation page: the lazy tree, or the name matches while searching.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Input, Space, Spin, Switch, Tag, Tree, Typography } from 'antd';
import { useState } from 'react';
import type { Organisation } from '../../../shared/api/organisations';
import { messageOf } from '../../lib/api-client';
import { OrgSearchResults } from './org-search-results';
import { orgKeys, searchOrgs } from './orgs-api';
import { buildTree, useLazyOrgTree } from './use-lazy-org-tree';

interface OrgTreePanelProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
}

function OrgTitle({ org }: { org: Organisation }) {
  if (!org.disabled) return <span>{org.name}</span>;
  return (
    <Typography.Text type="secondary">
      {org.name} <Tag>已停用</Tag>
    </Typography.Text>
  );
}

export function OrgTreePanel({ selectedId, onSelect }: OrgTreePanelProps) {
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const tree = useLazyOrgTree(includeDisabled);
  const found = useQuery({
    queryKey: orgKeys.search(q, includeDisabled, page),
    queryFn: () => searchOrgs(q, includeDisabled, page),
    enabled: q.length > 0,
  });

  const treeData = buildTree(tree.roots, tree.childrenOf, (org) => ({
    key: org.id,
    title: <OrgTitle org={org} />,
    isLeaf: !org.hasChildren,
  }));

  return (
    <Card title="机构树" role="region" aria-label="机构树">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input.Search
          placeholder="按名称搜索机构"
          aria-label="搜索机构"
          allowClear
          enterButton="搜索"
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
        />
        <Space>
          <Switch checked={includeDisabled} onChange={setIncludeDisabled} aria-label="显示已停用" />
          <span>显示已停用</span>
        </Space>
        {q.length > 0 ? (
          <OrgSearchResults
            data={found.data}
            loading={found.isLoading}
            selectedId={selectedId}
            onSelect={onSelect}
            onPageChange={setPage}
          />
        ) : tree.error ? (
          <Alert type="error" showIcon title={messageOf(tree.error)} />
        ) : tree.isLoading ? (
          <Spin />
        ) : (
          <Tree
            aria-label="机构树"
            treeData={treeData}
            selectedKeys={selectedId ? [selectedId] : []}
            onSelect={(keys) => {
              const key = keys[0];
              if (key !== undefined) onSelect(String(key));
            }}
            loadData={(node) => tree.loadChildren(String(node.key))}
            blockNode
          />
        )}
      </Space>
    </Card>
  );
}
