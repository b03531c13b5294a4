// 行政应诉 · 案件列表: filters, sorting and paging kept in the address (so the
// list comes back as it was), the Excel export of the same filters, intake.
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../features/auth/session';
import { CaseFilters } from '../features/cases/case-filters';
import {
  type CaseListParams,
  type CaseSort,
  caseExportUrl,
  caseKeys,
  type CaseFilters as Filters,
  listCases,
} from '../features/cases/cases-api';
import { CasesTable } from '../features/cases/cases-table';
import { messageOf } from '../lib/api-client';

const FILTER_KEYS = [
  'q',
  'stage',
  'instance',
  'agencyId',
  'courtId',
  'causeCode',
  'domainCode',
  'isMajorSensitive',
  'isMass',
  'isEnterprise',
  'isDebt',
  'isLost',
  'isOverdue',
  'servedFrom',
  'servedTo',
] as const;
const SORTS: CaseSort[] = ['serviceDate', 'nextHearing', 'caseNumber', 'updated'];

function paramsOf(search: URLSearchParams): CaseListParams {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(key);
    if (value) filters[key] = value;
  }
  const sort = search.get('sort') as CaseSort | null;
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    filters: filters as Filters,
    sort: sort && SORTS.includes(sort) ? sort : 'serviceDate',
    order: search.get('order') === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: [10, 20, 50, 100].includes(pageSize) ? pageSize : 20,
  };
}

function searchOf(params: CaseListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params.filters)) if (value) search.set(key, value);
  if (params.sort !== 'serviceDate') search.set('sort', params.sort);
  if (params.order !== 'desc') search.set('order', params.order);
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== 20) search.set('pageSize', String(params.pageSize));
  return search;
}

export function CasesPage() {
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address text is the identity of the params
  const params = useMemo(() => paramsOf(search), [key]);
  const update = (next: Partial<CaseListParams>) => setSearch(searchOf({ ...params, ...next }));
  const cases = useQuery({
    queryKey: caseKeys.list(params),
    queryFn: () => listCases(params),
    placeholderData: keepPreviousData,
  });

  return (
    <Card
      title="行政应诉案件"
      extra={
        <Space>
          {can('case.export') && (
            <Button
              icon={<DownloadOutlined />}
              href={caseExportUrl(params.filters, params.sort, params.order)}
            >
              导出Excel
            </Button>
          )}
          {can('case.create') && (
            <Link to="/cases/new">
              <Button type="primary" icon={<PlusOutlined />}>
                登记案件
              </Button>
            </Link>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <CaseFilters value={params.filters} onChange={(filters) => update({ filters, page: 1 })} />
        {cases.error && <Alert type="error" showIcon title={messageOf(cases.error)} />}
        <CasesTable
          data={cases.data}
          loading={cases.isFetching}
          sort={params.sort}
          order={params.order}
          onPageChange={(page, pageSize) =>
            update({ page: pageSize === params.pageSize ? page : 1, pageSize })
          }
          onSortChange={(sort, order) => update({ sort, order, page: 1 })}
        />
      </Space>
    </Card>
  );
}
