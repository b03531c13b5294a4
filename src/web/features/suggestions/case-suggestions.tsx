// On the case page (材料与文书): the suggestions and letters registered for this
// case — judicial suggestions on it and the office's own 建议书 — each linked to
// its record in the register. Shown to those who may read the register.
import { useQuery } from '@tanstack/react-query';
import { Alert, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { SuggestionSummary } from '../../../shared/api/suggestions';
import { messageOf } from '../../lib/api-client';
import { useCan } from '../auth/session';
import { documentKeys, listLetters } from '../cases/documents-api';
import { SuggestionStatusTag } from './suggestion-tags';
import { listSuggestions, suggestionKeys } from './suggestions-api';

const PAGE_SIZE = 50;

function CaseSuggestionsTable({ caseId }: { caseId: string }) {
  // A 建议书 generated just above joins the register: its list is refetched when the case's letters change.
  const letters = useQuery({ queryKey: documentKeys.letters(caseId), queryFn: () => listLetters(caseId) });
  const params = { filters: { caseId }, sort: 'recent' as const, page: 1, pageSize: PAGE_SIZE };
  const list = useQuery({
    queryKey: [...suggestionKeys.list(params), letters.data?.items.length ?? 0],
    queryFn: () => listSuggestions(params),
  });
  const total = list.data?.total ?? 0;
  return (
    <section aria-label="建议与函件">
      <Typography.Title level={5}>建议与函件</Typography.Title>
      {list.error && <Alert type="error" showIcon title={messageOf(list.error)} />}
      <Table<SuggestionSummary>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: '本案暂无登记的建议与函件' }}
        columns={[
          {
            title: '文号',
            dataIndex: 'documentNumber',
            width: 200,
            render: (value: string, row) => <Link to={`/suggestions/${row.id}`}>{value}</Link>,
          },
          { title: '种类', dataIndex: 'kindLabel', width: 150 },
          { title: '主送单位', dataIndex: ['addressee', 'name'], width: 200, ellipsis: true },
          {
            title: '答复期限',
            dataIndex: 'dueOn',
            width: 110,
            render: (value: string | null) => value ?? '未设期限',
          },
          {
            title: '状态',
            key: 'status',
            width: 150,
            render: (_: unknown, row) => <SuggestionStatusTag item={row} />,
          },
        ]}
      />
      {total > PAGE_SIZE && (
        <Link to={`/suggestions?caseId=${caseId}`}>共 {total} 件，在登记簿中查看全部</Link>
      )}
    </section>
  );
}

export function CaseSuggestions({ caseId }: { caseId: string }) {
  const can = useCan();
  return can('suggestion.read') ? <CaseSuggestionsTable caseId={caseId} /> : null;
}
