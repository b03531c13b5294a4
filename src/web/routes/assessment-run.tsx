// 考核结果 of one period: the ranking (score, grade, rank; 连续两年考核较差
// flagged), the rules it was computed with, and for the coordinator
// recompute (while a draft) and publish. A published ranking is every ranked
// unit's to see (seeds 002 and 004); a unit opens the records behind its own
// points only (the row's abilities say which it may open).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../components/format';
import { useReportError } from '../components/use-report-error';
import {
  assessmentKeys,
  fetchRun,
  GRADE_COLORS,
  publishRun,
  recomputeRun,
} from '../features/assessment/assessment-api';
import { SchemeRules } from '../features/assessment/scheme-rules';

export function AssessmentRunPage() {
  const { id } = useParams() as { id: string };
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const report = useReportError();
  const run = useQuery({ queryKey: assessmentKeys.run(id), queryFn: () => fetchRun(id) });
  const onDone = (text: string) => (data: Awaited<ReturnType<typeof fetchRun>>) => {
    queryClient.setQueryData(assessmentKeys.run(id), data);
    queryClient.invalidateQueries({ queryKey: assessmentKeys.runs() });
    message.success(text);
  };
  const refetch = () => run.refetch();
  const recompute = useMutation({
    mutationFn: () => recomputeRun(id, run.data!.revision),
    onSuccess: onDone('已重新计算'),
    onError: (error) => report(error, { onConflict: refetch }),
  });
  const publish = useMutation({
    mutationFn: () => publishRun(id, run.data!.revision),
    onSuccess: onDone('已发布，并已通知各被考核单位'),
    onError: (error) => report(error, { onConflict: refetch }),
  });
  if (!run.data) return <Card loading={run.isLoading}>{run.isError && '考核结果不存在或无权查看'}</Card>;
  const data = run.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>
        {data.schemeName} · {data.periodLabel}{' '}
        <Tag color={data.status === 'published' ? 'green' : 'default'}>{data.statusLabel}</Tag>
      </Typography.Title>
      <Typography.Text type="secondary">
        考核主体 {data.regionName}；统计期间 {data.from} 至 {data.to}；按方案第{data.schemeVersion}版计算于{' '}
        {formatDateTime(data.computedAt)}
        {data.publishedAt && `，发布于 ${formatDateTime(data.publishedAt)}`}；共{data.agencyCount}
        个被考核单位。
      </Typography.Text>
      {data.isPeriodOpen && data.status === 'draft' && (
        <Alert type="warning" showIcon title="统计期间尚未结束：可以先计算草稿，期间结束后才能发布。" />
      )}
      {data.publishedOfPeriod && (
        <Alert
          type="info"
          showIcon
          title={data.publishedOfPeriod.text}
          description={<Link to={`/assessment/runs/${data.publishedOfPeriod.id}`}>查看已发布的考核结果</Link>}
        />
      )}
      {(data.abilities.canCompute || data.abilities.canPublish) && (
        <Space>
          {data.abilities.canCompute && (
            <Button onClick={() => recompute.mutate()} loading={recompute.isPending}>
              重新计算
            </Button>
          )}
          {data.abilities.canPublish && (
            <Popconfirm
              title="发布后结果冻结，不能再重新计算，并将通知各被考核单位。确定发布？"
              onConfirm={() => publish.mutate()}
            >
              <Button type="primary" loading={publish.isPending}>
                发布考核结果
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      <Card title="得分与排名">
        <Table
          rowKey="organisationId"
          dataSource={data.results}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个单位` }}
          columns={[
            { title: '排名', dataIndex: 'rank', width: 70 },
            {
              title: '单位',
              render: (_, r) => (
                <Space size={4}>
                  {r.abilities.canReadRecords ? (
                    <Link to={`/assessment/runs/${data.id}/results/${r.organisationId}`}>
                      {r.organisationName}
                    </Link>
                  ) : (
                    r.organisationName
                  )}
                  {r.isOwnUnit && <Tag color="blue">本单位</Tag>}
                  {r.hasNoRecords && (
                    <Tooltip title="本期各项指标都没有应计入的案件或司法建议，也没有扣分事项：得分按方案的“无数据”规则计算">
                      <Tag>本期无考核数据</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            { title: '指标得分', dataIndex: 'itemPoints' },
            { title: '扣分', render: (_, r) => (r.deductionPoints > 0 ? `−${r.deductionPoints}` : '0') },
            { title: '总分', dataIndex: 'total' },
            {
              title: '等次',
              render: (_, r) => (
                <Space>
                  <Tag color={GRADE_COLORS[r.grade]}>{r.gradeLabel}</Tag>
                  {r.poorTwoYears && <Tag color="red">{r.poorTwoYears}</Tag>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={`考核规则（方案第${data.schemeVersion}版）`}>
        <SchemeRules rules={data.rules} />
      </Card>
    </Space>
  );
}
