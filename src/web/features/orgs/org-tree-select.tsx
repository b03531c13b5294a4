// Pick an organisation: the tree opens level by level; typing searches by
// name on the server. Used by forms and filters of several pages.
import { useQuery } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useRef, useState } from 'react';
import type { Organisation } from '../../../shared/api/organisations';
import { useDebounced } from '../../components/use-debounced';
import { orgKeys, searchOrgs } from './orgs-api';
import { buildTree, useLazyOrgTree } from './use-lazy-org-tree';

interface OrgTreeSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Label of the current value before its node is loaded (e.g. a user's organisation). */
  initialLabel?: string;
  /** An organisation that may not be picked, with its subtree (moving a node under itself). */
  excludeId?: string;
  style?: React.CSSProperties;
}

export function OrgTreeSelect(props: OrgTreeSelectProps) {
  const { value, onChange, initialLabel, excludeId, ...rest } = props;
  const tree = useLazyOrgTree(false);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const found = useQuery({
    queryKey: orgKeys.search(q, false, 1),
    queryFn: () => searchOrgs(q, false, 1, 50),
    enabled: q.length > 0,
  });

  // Names of every node seen, so the chosen value shows its name in either mode.
  const labels = useRef(new Map<string, string>()).current;
  const remember = (org: Organisation) => labels.set(org.id, org.name);
  const toNode = (org: Organisation) => {
    remember(org);
    return {
      value: org.id,
      title: org.name,
      isLeaf: !org.hasChildren || org.id === excludeId,
      disabled: org.id === excludeId,
    };
  };
  const treeData =
    q.length > 0
      ? (found.data?.items ?? []).map((org) => ({ ...toNode(org), isLeaf: true }))
      : buildTree(tree.roots, tree.childrenOf, toNode);

  const selected = value ? { value, label: labels.get(value) ?? initialLabel ?? '（已选机构）' } : undefined;
  return (
    <TreeSelect
      {...rest}
      labelInValue
      value={selected}
      onChange={(next: { value: string } | undefined) => {
        setSearch('');
        onChange?.(next?.value);
      }}
      treeData={treeData}
      loadData={async (node) => {
        if (q.length === 0) await tree.loadChildren(String(node.value));
      }}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      loading={tree.isLoading || found.isFetching}
      notFoundContent={q.length > 0 && !found.isFetching ? '没有名称匹配的机构' : undefined}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto', minWidth: 320 } } }}
    />
  );
}
