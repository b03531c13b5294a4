// 建议与函件: the register list (filters and paging kept in the address), the
// counts panel, and for those who issue: 制发/登记 and the numbering rules.
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { SUGGESTION_STATUS_FILTERS } from '../../shared/api/suggestions';
import { SUGGESTION_KINDS, type SuggestionKind } from '../../shared/domain/suggestions';
import { useCan } from '../features/auth/session';
import { IssueSuggestionModal } from '../features/suggestions/issue-suggestion-modal';
import { NumberingRulesModal } from '../features/suggestions/numbering-rules-modal';
import { SuggestionFilters } from '../features/suggestions/suggestion-filters';
import { SuggestionStatsPanel } from '../features/suggestions/suggestion-stats-panel';
import {
  type SuggestionFilters as Filters,
  fetchAddressees,
  listSuggestions,
  type SuggestionListParams,
  suggestionKeys,
} from '../features/suggestions/suggestions-api';
import { SuggestionsTable } from '../features/suggestions/suggestions-table';
import { messageOf } from '../lib/api-client';

function paramsOf(search: URLSearchParams): SuggestionListParams {
  const filters: Filters = {};
  const kind = search.get('kind') as SuggestionKind | null;
  if (kind && SUGGESTION_KINDS.includes(kind)) filters.kind = kind;
  const status = search.get('status') as Filters['status'] | null;
  if (status && SUGGESTION_STATUS_FILTERS.includes(status)) filters.status = status;
  const addressee = search.get('addresseeOrgId');
  if (addressee) filters.addresseeOrgId = addressee;
  const year = Number(search.get('year'));
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) filters.year = year;
  const caseId = search.get('caseId');
  if (caseId) filters.caseId = caseId;
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    filters,
    sort: filters.status && filters.status !== 'replied' ? 'due' : 'recent',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: [10, 20, 50, 100].includes(pageSize) ? pageSize : 20,
  };
}

function searchOf(params: SuggestionListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params.filters)) if (value) search.set(key, String(value));
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== 20) search.set('pageSize', String(params.pageSize));
  return search;
}

export function SuggestionsPage() {
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address text is the identity of the params
  const params = useMemo(() => paramsOf(search), [key]);
  const update = (next: Partial<SuggestionListParams>) => setSearch(searchOf({ ...params, ...next }));
  const [issuing, setIssuing] = useState(false);
  const [numbering, setNumbering] = useState(false);
  const list = useQuery({
    queryKey: suggestionKeys.list(params),
    queryFn: () => listSuggestions(params),
    placeholderData: keepPreviousData,
  });
  const canIssue = can('suggestion.issue');
  const addressees = useQuery({
    queryKey: suggestionKeys.addressees,
    queryFn: fetchAddressees,
    enabled: canIssue,
  });
  const kinds = list.data?.abilities.issueKinds ?? [];
  const filterAddressees = canIssue
    ? (addressees.data ?? []).filter((o) => o.kind !== 'court')
    : [...new Map((list.data?.items ?? []).map((i) => [i.addressee.id, i.addressee])).values()];

  return (
    <Card
      title="建议与函件"
      extra={
        kinds.length > 0 && (
          <Space>
            {can('case.letter') && <Button onClick={() => setNumbering(true)}>文号规则</Button>}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
              制发/登记
            </Button>
          </Space>
        )
      }
    >
      <Tabs
        items={[
          {
            key: 'list',
            label: '登记簿',
            children: (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <SuggestionFilters
                  value={params.filters}
                  addressees={filterAddressees}
                  onChange={(filters) => update({ filters, page: 1 })}
                />
                {list.error && <Alert type="error" showIcon title={messageOf(list.error)} />}
                <SuggestionsTable
                  data={list.data}
                  loading={list.isFetching}
                  onPageChange={(page, pageSize) =>
                    update({ page: pageSize === params.pageSize ? page : 1, pageSize })
                  }
                />
              </Space>
            ),
          },
          { key: 'stats', label: '统计', children: <SuggestionStatsPanel /> },
        ]}
      />
      <IssueSuggestionModal
        kinds={kinds}
        open={issuing}
        onClose={() => setIssuing(false)}
        canSearchCases={can('case.read')}
      />
      <NumberingRulesModal kinds={kinds} open={numbering} onClose={() => setNumbering(false)} />
    </Card>
  );
}
