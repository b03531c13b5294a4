// One unit's 考核结果: each item's numbers, rule and points, each deduction
// with its count and points, and under every one the records (cases or
// suggestions) that produced it — as many as were counted.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Collapse, Descriptions, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { runTitleOf } from '../../shared/domain/assessment/periods';
import { assessmentKeys, fetchResult, GRADE_COLORS } from '../features/assessment/assessment-api';
import { ResultRecords } from '../features/assessment/result-records';
import { isApiError } from '../lib/api-client';

export function AssessmentResultPage() {
  const { id, organisationId } = useParams() as { id: string; organisationId: string };
  const result = useQuery({
    queryKey: assessmentKeys.result(id, organisationId),
    queryFn: () => fetchResult(id, organisationId),
  });
  if (!result.data) {
    // Another unit's records, opened by address: the server says why (its row is in the ranking).
    const refusal = isApiError(result.error, 'FORBIDDEN') ? result.error.message : '考核结果不存在或无权查看';
    return <Card loading={result.isLoading}>{result.isError && refusal}</Card>;
  }
  const r = result.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>
        {r.organisationName} · {r.run.periodLabel}
      </Typography.Title>
      <Link to={`/assessment/runs/${r.run.id}`}>返回{runTitleOf(r.run.schemeName, r.run.periodLabel)}</Link>
      {r.poorTwoYears && <Alert type="error" showIcon title={r.poorTwoYears} />}
      <Descriptions bordered size="small" column={3}>
        <Descriptions.Item label="总分">
          {r.total}（满分{r.baseScore}）
        </Descriptions.Item>
        <Descriptions.Item label="等次">
          <Tag color={GRADE_COLORS[r.grade]}>{r.gradeLabel}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="排名">第{r.rank}名</Descriptions.Item>
        <Descriptions.Item label="指标得分">
          {r.itemPoints}
          {r.itemScaling && `（折算前${r.itemScaling.countedPoints}）`}
        </Descriptions.Item>
        <Descriptions.Item label="扣分">{r.deductionPoints}</Descriptions.Item>
        <Descriptions.Item label="考核主体">{r.run.regionName}</Descriptions.Item>
      </Descriptions>
      {r.itemScaling && <Alert type="info" showIcon title={r.itemScaling.text} />}
      {r.totalClipping && <Alert type="warning" showIcon title={r.totalClipping.text} />}
      <Card title="指标项">
        <Collapse
          items={r.items.map((item) => ({
            key: item.indicatorId,
            label: `${item.indicatorName}：${item.numerator} ÷ ${item.denominator}（${item.rateLabel}）→ ${item.points} / ${item.weight}分 · ${item.statusLabel}`,
            children: (
              <>
                <Typography.Paragraph type="secondary">
                  {item.ruleText}（统计口径：{item.definitionLabel}；分母{item.denominator}条，其中计入分子
                  {item.numerator}条）
                </Typography.Paragraph>
                <ResultRecords records={item.records} unitName={r.organisationName} showNumerator />
              </>
            ),
          }))}
        />
      </Card>
      <Card title="扣分项">
        <Collapse
          items={r.deductions.map((d) => ({
            key: d.kind,
            label: `${d.name}：${d.count}次 → 扣${d.points}分${d.isCapped ? `（已达上限${d.cap}分）` : ''}`,
            children: (
              <>
                <Typography.Paragraph type="secondary">{d.ruleText}</Typography.Paragraph>
                <ResultRecords records={d.records} unitName={r.organisationName} showNumerator={false} />
              </>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
