// 定期报告 · 列表: the region's 月分析, 季通报, 半年总结 and 年度报告, by kind,
// year and state, with 新建 for the coordinator; and, for a city, 上报情况 —
// which counties have submitted. Filters and paging live in the address.
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PeriodicReportSummary } from '../../shared/api/periodic-reports';
import {
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  type ReportKind,
  type ReportStatus,
} from '../../shared/domain/periodic-reports';
import { FilterButtons } from '../components/filter-buttons';
import { chinaToday, formatDateTime } from '../components/format';
import { useCan } from '../features/auth/session';
import { NewReportModal } from '../features/periodic-reports/new-report-modal';
import {
  listPeriodicReports,
  periodicReportKeys,
  type ReportListParams,
  reportDocxUrl,
} from '../features/periodic-reports/periodic-reports-api';
import { SubmissionsPanel } from '../features/periodic-reports/submissions-panel';
import { messageOf } from '../lib/api-client';

function paramsOf(search: URLSearchParams): ReportListParams {
  const kind = search.get('kind') as ReportKind | null;
  const status = search.get('status') as ReportStatus | null;
  const year = Number(search.get('year'));
  const page = Number(search.get('page'));
  return {
    kind: kind && REPORT_KINDS.includes(kind) ? kind : undefined,
    status: status && REPORT_STATUSES.includes(status) ? status : undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= 2099 ? year : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: 20,
  };
}

export function PeriodicReportsPage() {
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'submissions' ? 'submissions' : 'list';
  return (
    <Card title="定期报告（月分析、季通报、半年总结、年度报告）">
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setSearch(key === 'submissions' ? new URLSearchParams({ tab: key }) : new URLSearchParams())
        }
        items={[
          {
            key: 'list',
            label: '本地区报告',
            children: <ReportList search={search} setSearch={setSearch} />,
          },
          { key: 'submissions', label: '上报情况', children: <SubmissionsPanel /> },
        ]}
      />
    </Card>
  );
}

function ReportList(props: { search: URLSearchParams; setSearch: (s: URLSearchParams) => void }) {
  const params = paramsOf(props.search);
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [isCreating, setCreating] = useState(false);
  const [form] = Form.useForm<{ kind?: ReportKind; year?: number; status?: ReportStatus }>();
  const reports = useQuery({
    queryKey: periodicReportKeys.list(params),
    queryFn: () => listPeriodicReports(params),
    placeholderData: keepPreviousData,
  });
  const update = (next: Partial<ReportListParams>) => {
    const merged = { ...params, ...next };
    const s = new URLSearchParams();
    if (merged.kind) s.set('kind', merged.kind);
    if (merged.year) s.set('year', String(merged.year));
    if (merged.status) s.set('status', merged.status);
    if (merged.page !== 1) s.set('page', String(merged.page));
    props.setSearch(s);
  };
  const thisYear = chinaToday().year();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ kind: params.kind, year: params.year, status: params.status }}
          onFinish={(values) => update({ ...values, page: 1 })}
        >
          <Form.Item name="kind" label="类型">
            <Select
              allowClear
              placeholder="全部"
              style={{ width: 130 }}
              options={REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))}
            />
          </Form.Item>
          <Form.Item name="year" label="年度">
            <Select
              allowClear
              placeholder="全部"
              style={{ width: 110 }}
              options={Array.from({ length: 6 }, (_, i) => ({
                value: thisYear - i,
                label: `${thisYear - i}年`,
              }))}
            />
          </Form.Item>
          <Form.Item name="status" label="状态">
            <Select
              allowClear
              placeholder="全部"
              style={{ width: 110 }}
              options={REPORT_STATUSES.map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s] }))}
            />
          </Form.Item>
          <FilterButtons
            onReset={() => {
              form.setFieldsValue({ kind: undefined, year: undefined, status: undefined });
              props.setSearch(new URLSearchParams());
            }}
          />
        </Form>
        {can('periodic-report.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建报告
          </Button>
        )}
      </Space>
      {reports.error && <Alert type="error" showIcon title={messageOf(reports.error)} />}
      <Table<PeriodicReportSummary>
        rowKey="id"
        loading={reports.isFetching}
        dataSource={reports.data?.items ?? []}
        locale={{ emptyText: emptyTextOf(params, can('periodic-report.write')) }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: reports.data?.total ?? 0,
          showTotal: (total) => `共 ${total} 份`,
          onChange: (page) => update({ page }),
        }}
        columns={[
          {
            title: '报告',
            key: 'title',
            render: (_, r) => (
              <Link to={`/periodic-reports/${r.id}`}>
                {r.periodLabel}
                {r.kindLabel}
              </Link>
            ),
          },
          { title: '统计期间', key: 'dates', render: (_, r) => `${r.from} 至 ${r.to}` },
          {
            title: '状态',
            key: 'status',
            render: (_, r) => (
              <Space size={4}>
                <Tag color={r.status === 'published' ? 'green' : 'default'}>{r.statusLabel}</Tag>
                {r.submittedAt && <Tag color="blue">已上报</Tag>}
              </Space>
            ),
          },
          { title: '文号', key: 'number', render: (_, r) => r.documentNumber ?? '—' },
          {
            title: '发布时间',
            key: 'publishedAt',
            render: (_, r) =>
              r.publishedAt ? `${formatDateTime(r.publishedAt)} ${r.publishedByName ?? ''}` : '—',
          },
          {
            title: '下载',
            key: 'download',
            render: (_, r) =>
              r.status === 'published' && r.abilities.download ? (
                <Button size="small" href={reportDocxUrl(r.id)}>
                  Word
                </Button>
              ) : null,
          },
        ]}
      />
      <NewReportModal
        open={isCreating}
        onClose={() => setCreating(false)}
        onCreated={(report) => {
          setCreating(false);
          void queryClient.invalidateQueries({ queryKey: periodicReportKeys.all });
          navigate(`/periodic-reports/${report.id}`);
        }}
      />
    </Space>
  );
}

/** What an empty list means: the filters match nothing, or the region has no report yet and who makes one. */
function emptyTextOf(params: ReportListParams, canWrite: boolean) {
  if (params.kind || params.year || params.status) return '没有符合条件的报告，可以改变或重置筛选条件';
  if (canWrite) return '本地区还没有定期报告：点“新建报告”选择类型和期间，系统按台账数据生成初稿';
  return '本地区还没有定期报告（由本级司法局编制、发布）';
}
