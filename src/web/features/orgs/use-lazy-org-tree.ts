// The organisation tree, one level per query: the roots the caller may see,
// then the children of each node the user has opened. Invalidating ['orgs']
// after a change reloads every open level, so the tree never shows stale rows.
import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Organisation } from '../../../shared/api/organisations';
import { fetchOrgChildren, orgKeys } from './orgs-api';

export interface LazyOrgTree {
  roots: Organisation[];
  isLoading: boolean;
  error: unknown;
  childrenOf: Map<string, Organisation[]>;
  loadChildren: (parentId: string) => Promise<void>;
}

export function useLazyOrgTree(includeDisabled: boolean): LazyOrgTree {
  const queryClient = useQueryClient();
  const [openedParents, setOpenedParents] = useState<string[]>([]);
  const level = (parentId: string | null) => ({
    queryKey: orgKeys.children(parentId, includeDisabled),
    queryFn: () => fetchOrgChildren(parentId, includeDisabled),
    placeholderData: keepPreviousData,
  });
  const roots = useQuery(level(null));
  const levels = useQueries({ queries: openedParents.map((id) => level(id)) });

  const childrenOf = new Map<string, Organisation[]>();
  openedParents.forEach((id, i) => {
    const items = levels[i]?.data?.items;
    if (items) childrenOf.set(id, items);
  });

  const loadChildren = async (parentId: string) => {
    try {
      await queryClient.fetchQuery(level(parentId));
    } finally {
      setOpenedParents((prev) => (prev.includes(parentId) ? prev : [...prev, parentId]));
    }
  };

  return {
    roots: roots.data?.items ?? [],
    isLoading: roots.isLoading,
    error: roots.error,
    childrenOf,
    loadChildren,
  };
}

/** Nested nodes for antd Tree/TreeSelect; a node not yet opened has no children (loaded on demand). */
export function buildTree<T>(
  orgs: Organisation[],
  childrenOf: Map<string, Organisation[]>,
  toNode: (org: Organisation) => T,
): (T & { children?: unknown[] })[] {
  return orgs.map((org) => {
    const children = childrenOf.get(org.id);
    return { ...toNode(org), children: children ? buildTree(children, childrenOf, toNode) : undefined };
  });
}
