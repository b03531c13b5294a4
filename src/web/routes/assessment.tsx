// 考核: the runs (results by quarter or year) and, for coordinators and
// leaders, the region's schemes. The coordinator starts a run here; an agency
// sees only the published runs that rank it, each with the whole ranking.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../components/format';
import { useReportError } from '../components/use-report-error';
import { assessmentKeys, createRun, fetchRuns, fetchSchemes } from '../features/assessment/assessment-api';

function NewRunForm({ schemes }: { schemes: { id: string; name: string; year: number }[] }) {
  const [form] = Form.useForm<{ schemeId: string; period: string }>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const report = useReportError();
  const create = useMutation({
    mutationFn: createRun,
    onSuccess: (run) => {
      queryClient.invalidateQueries({ queryKey: assessmentKeys.runs() });
      navigate(`/assessment/runs/${run.id}`);
    },
    onError: (error) => report(error, { form }),
  });
  return (
    <Form form={form} layout="inline" onFinish={(values) => create.mutate(values)}>
      <Form.Item name="schemeId" label="考核方案" rules={[{ required: true, message: '请选择考核方案' }]}>
        <Select
          style={{ width: 260 }}
          options={schemes.map((s) => ({ value: s.id, label: `${s.name}（${s.year}年）` }))}
        />
      </Form.Item>
      <Form.Item
        name="period"
        label="考核期间"
        rules={[{ required: true, message: '请填写考核期间' }]}
        extra="季度如 2026-Q3，年度如 2026"
      >
        <Input style={{ width: 140 }} placeholder="2026-Q3" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        计算考核结果
      </Button>
    </Form>
  );
}

export function AssessmentPage() {
  const runs = useQuery({ queryKey: assessmentKeys.runs(), queryFn: fetchRuns });
  const schemes = useQuery({ queryKey: assessmentKeys.schemes(), queryFn: fetchSchemes });
  const runnable = (schemes.data?.items ?? []).filter((s) => s.abilities.canRun);
  const hasSchemes = (schemes.data?.items.length ?? 0) > 0 || schemes.data?.abilities.canCreate;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>考核</Typography.Title>
      <Card title="考核结果">
        {runnable.length > 0 && (
          <div style={{ marginBottom: 16 }}>
            <NewRunForm schemes={runnable} />
          </div>
        )}
        <Table
          rowKey="id"
          loading={runs.isLoading}
          dataSource={runs.data?.items ?? []}
          locale={{ emptyText: '暂无考核结果' }}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 期` }}
          columns={[
            {
              title: '考核期间',
              render: (_, run) => <Link to={`/assessment/runs/${run.id}`}>{run.periodLabel}</Link>,
            },
            { title: '考核主体', dataIndex: 'regionName' },
            { title: '方案', render: (_, run) => `${run.schemeName}（第${run.schemeVersion}版）` },
            {
              title: '状态',
              render: (_, run) => (
                <Tag color={run.status === 'published' ? 'green' : 'default'}>{run.statusLabel}</Tag>
              ),
            },
            { title: '计算时间', render: (_, run) => formatDateTime(run.computedAt) },
            { title: '发布时间', render: (_, run) => formatDateTime(run.publishedAt) },
          ]}
        />
      </Card>
      {hasSchemes && (
        <Card
          title="考核方案"
          extra={
            schemes.data?.abilities.canCreate && (
              <Link to="/assessment/schemes/new">
                <Button>新建考核方案</Button>
              </Link>
            )
          }
        >
          <Table
            rowKey="id"
            loading={schemes.isLoading}
            dataSource={schemes.data?.items ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个方案` }}
            locale={{ emptyText: '尚未制定考核方案' }}
            columns={[
              { title: '方案', render: (_, s) => <Link to={`/assessment/schemes/${s.id}`}>{s.name}</Link> },
              { title: '年度', dataIndex: 'year' },
              { title: '当前版本', render: (_, s) => `第${s.currentVersion}版` },
              { title: '地区', dataIndex: 'regionName' },
              { title: '更新时间', render: (_, s) => formatDateTime(s.updatedAt) },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
