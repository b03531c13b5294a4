// 三通报 · 列表: by month and state (待报送 / 已报送 / 逾期未报送), with each
// recipient office's read receipt. Filters and paging live in the address.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, DatePicker, Form, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import type { MonthlyReportSummary } from '../../shared/api/monthly-reports';
import { RECIPIENT_ROLE_LABELS } from '../../shared/api/monthly-reports';
import { FilterButtons } from '../components/filter-buttons';
import { formatDateTime } from '../components/format';
import {
  listReports,
  type ReportListParams,
  reportKeys,
} from '../features/monthly-reports/monthly-reports-api';
import { ReportStatusTag } from '../features/monthly-reports/report-status-tag';
import { messageOf } from '../lib/api-client';

const STATUSES = ['draft', 'sent', 'overdue'] as const;

function paramsOf(search: URLSearchParams): ReportListParams {
  const status = search.get('status') as ReportListParams['status'] | null;
  const month = search.get('month');
  const page = Number(search.get('page'));
  return {
    month: month && /^\d{4}-\d{2}$/.test(month) ? month : undefined,
    status: status && STATUSES.includes(status) ? status : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: 20,
  };
}

export function MonthlyReportsPage() {
  const [search, setSearch] = useSearchParams();
  const params = paramsOf(search);
  const [form] = Form.useForm<{ month?: dayjs.Dayjs; status?: string }>();
  const reports = useQuery({
    queryKey: reportKeys.list(params),
    queryFn: () => listReports(params),
    placeholderData: keepPreviousData,
  });
  const update = (next: Partial<ReportListParams>) => {
    const merged = { ...params, ...next };
    const s = new URLSearchParams();
    if (merged.month) s.set('month', merged.month);
    if (merged.status) s.set('status', merged.status);
    if (merged.page !== 1) s.set('page', String(merged.page));
    setSearch(s);
  };

  return (
    <Card title="三通报（排庭、负责人出庭、生效裁判）">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          每月1日由系统按案件登记数据起草，法院联络员核对、补充说明后于5日前报送同级司法局；6日起未报送的标为逾期。
        </Typography.Text>
        <Form
          form={form}
          layout="inline"
          initialValues={{
            month: params.month ? dayjs(`${params.month}-01`) : undefined,
            status: params.status,
          }}
          onFinish={(values) =>
            update({
              month: values.month ? values.month.format('YYYY-MM') : undefined,
              status: (values.status as ReportListParams['status']) || undefined,
              page: 1,
            })
          }
        >
          <Form.Item name="month" label="月份">
            <DatePicker picker="month" allowClear />
          </Form.Item>
          <Form.Item name="status" label="状态">
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder="全部"
              options={[
                { value: 'draft', label: '待报送' },
                { value: 'sent', label: '已报送' },
                { value: 'overdue', label: '逾期未报送' },
              ]}
            />
          </Form.Item>
          <FilterButtons
            onReset={() => {
              form.resetFields();
              form.setFieldsValue({ month: undefined, status: undefined });
              setSearch(new URLSearchParams());
            }}
          />
        </Form>
        {reports.error && <Alert type="error" showIcon title={messageOf(reports.error)} />}
        <Table<MonthlyReportSummary>
          rowKey="id"
          loading={reports.isFetching}
          dataSource={reports.data?.items ?? []}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: reports.data?.total ?? 0,
            showTotal: (total) => `共 ${total} 份`,
            onChange: (page) => update({ page }),
          }}
          columns={[
            {
              title: '月份',
              key: 'month',
              render: (_, r) => <Link to={`/monthly-reports/${r.id}`}>{r.month}</Link>,
            },
            { title: '法院', key: 'court', render: (_, r) => r.court.name },
            {
              title: '状态',
              key: 'status',
              render: (_, r) => <ReportStatusTag status={r.status} isOverdue={r.isOverdue} />,
            },
            { title: '报送期限', dataIndex: 'dueOn' },
            {
              title: '报送时间',
              key: 'sentAt',
              render: (_, r) => (r.sentAt ? `${formatDateTime(r.sentAt)} ${r.sentByName ?? ''}` : '—'),
            },
            {
              title: '排庭/出庭/生效裁判',
              key: 'counts',
              render: (_, r) =>
                r.counts
                  ? `${r.counts.hearings} 件 / 负责人出庭 ${r.counts.headAppeared}/${r.counts.appearances} / ${r.counts.judgments} 件（败诉 ${r.counts.lost}）`
                  : '报送后可见',
            },
            {
              title: '接收单位（阅读回执）',
              key: 'recipients',
              render: (_, r) =>
                r.recipients.map((x) => (
                  <div key={x.organisation.id}>
                    {RECIPIENT_ROLE_LABELS[x.role]}：{x.organisation.name}{' '}
                    <Typography.Text type="secondary">
                      {x.readAt ? `${x.readByName ?? ''} ${formatDateTime(x.readAt)} 已阅` : '未阅'}
                    </Typography.Text>
                  </div>
                )),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
