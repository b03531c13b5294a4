// Pickers of the case register: 案由 and 管理领域 from the dictionaries, the
// court, and a case found by its number (the previous instance).
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { DictionaryKind } from '../../../shared/api/dictionaries';
import { CASE_INSTANCE_LABELS } from '../../../shared/domain/cases/vocabulary';
import { useDebounced } from '../../components/use-debounced';
import { caseKeys, fetchCourtsForCases, fetchDictionary, listCases, referenceKeys } from './cases-api';

export function useDictionary(kind: DictionaryKind) {
  return useQuery({
    queryKey: referenceKeys.dictionary(kind),
    queryFn: () => fetchDictionary(kind),
    staleTime: 5 * 60_000,
  });
}

/** code → label of a dictionary, for showing stored codes. */
export function useDictionaryLabels(kind: DictionaryKind): Map<string, string> {
  const { data } = useDictionary(kind);
  return new Map((data?.items ?? []).map((entry) => [entry.code, entry.label]));
}

export function useCourts() {
  return useQuery({ queryKey: referenceKeys.courts, queryFn: fetchCourtsForCases, staleTime: 5 * 60_000 });
}

interface ValueProps<T = string> {
  id?: string;
  value?: T | null;
  onChange?: (value: T | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
}

export function DictionarySelect({ kind, ...props }: ValueProps & { kind: DictionaryKind }) {
  const { data, isLoading } = useDictionary(kind);
  const options = (data?.items ?? [])
    .filter((entry) => !entry.disabled || entry.code === props.value)
    .map((entry) => ({ value: entry.code, label: entry.label }));
  return (
    <Select
      {...props}
      value={props.value ?? undefined}
      options={options}
      loading={isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent="没有匹配的选项"
    />
  );
}

export function CourtSelect(props: ValueProps) {
  const { data, isLoading } = useCourts();
  const options = (data?.items ?? []).map((court) => ({
    value: court.organisationId,
    label: court.name,
    title: `${court.name}（${court.courtCode}）`,
  }));
  return (
    <Select
      {...props}
      value={props.value ?? undefined}
      options={options}
      loading={isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent="没有匹配的法院"
      popupMatchSelectWidth={false}
    />
  );
}

/** A registered case, searched by number, party or subject. */
/** `initial`: the case the form starts with, so that its number shows before any search. */
export function CaseSearchSelect(
  props: ValueProps & { excludeId?: string; initial?: { id: string; caseNumber: string } | null },
) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const found = useQuery({
    queryKey: caseKeys.search(q),
    queryFn: () => listCases({ filters: { q }, sort: 'serviceDate', order: 'desc', page: 1, pageSize: 10 }),
    enabled: q.length > 0,
  });
  const [labels] = useState(
    () => new Map<string, string>(props.initial ? [[props.initial.id, props.initial.caseNumber]] : []),
  );
  const options = (found.data?.items ?? [])
    .filter((c) => c.id !== props.excludeId)
    .map((c) => {
      const text = `${c.caseNumber}（${CASE_INSTANCE_LABELS[c.instance]}）${c.subject}`;
      labels.set(c.id, c.caseNumber);
      return { value: c.id, label: text };
    });
  const { excludeId: _, initial: __, ...rest } = props;
  return (
    <Select
      {...rest}
      value={props.value ?? undefined}
      showSearch={{ searchValue: search, onSearch: setSearch, filterOption: false }}
      options={options}
      loading={found.isFetching}
      labelRender={(option) => labels.get(String(option.value)) ?? option.label}
      notFoundContent={q.length === 0 ? '输入案号、当事人或被诉行政行为搜索' : '没有找到匹配的案件'}
      popupMatchSelectWidth={false}
    />
  );
}
