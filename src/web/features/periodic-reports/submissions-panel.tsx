// 上报情况 (for a city): for a kind and period, which counties have submitted
// their report (with the archived Word file) and which have not, the sum of
// the submitted reports next to the city's own live figures.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { chinaDate } from '../../../shared/domain/china-time';
import { definitionKeyLabel } from '../../../shared/domain/indicators/compute';
import {
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  type ReportKind,
  recentPeriods,
} from '../../../shared/domain/periodic-reports';
import { formatDateTime } from '../../components/format';
import { messageOf } from '../../lib/api-client';
import { getSubmissions, periodicReportKeys, reportDocxUrl, reportXlsxUrl } from './periodic-reports-api';

export function SubmissionsPanel() {
  const [kind, setKind] = useState<ReportKind>('quarter');
  const periods = recentPeriods(kind, chinaDate(new Date()), 8);
  const [periodKey, setPeriodKey] = useState(periods[1]!.key);
  const key = periods.some((p) => p.key === periodKey) ? periodKey : periods[1]!.key;
  const submissions = useQuery({
    queryKey: periodicReportKeys.submissions(kind, key),
    queryFn: () => getSubmissions(kind, key),
  });
  const s = submissions.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="inline">
        <Form.Item label="报告类型">
          <Select
            style={{ width: 140 }}
            value={kind}
            onChange={(k: ReportKind) => setKind(k)}
            options={REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item label="报告期间">
          <Select
            style={{ width: 180 }}
            value={key}
            onChange={setPeriodKey}
            options={periods.map((p) => ({ value: p.key, label: p.label }))}
          />
        </Form.Item>
      </Form>
      {submissions.error && <Alert type="error" showIcon title={messageOf(submissions.error)} />}
      {s && s.counties.length === 0 && (
        <Alert type="info" showIcon title="本地区没有下级地区，无需汇总上报情况" />
      )}
      {s && s.counties.length > 0 && (
        <>
          <Typography.Text>
            {s.periodLabel}
            {REPORT_KIND_LABELS[s.kind]}：已上报 {s.submittedCount} / {s.counties.length}
          </Typography.Text>
          <Table
            size="small"
            rowKey={(row) => row.region.id}
            pagination={false}
            dataSource={s.counties}
            columns={[
              { title: '地区', key: 'region', render: (_, c) => c.region.name },
              {
                title: '状态',
                key: 'status',
                render: (_, c) =>
                  c.submittedAt ? <Tag color="green">已上报</Tag> : <Tag color="red">未上报</Tag>,
              },
              { title: '文号', key: 'number', render: (_, c) => c.documentNumber ?? '—' },
              {
                title: '上报时间',
                key: 'at',
                render: (_, c) =>
                  c.submittedAt ? `${formatDateTime(c.submittedAt)} ${c.submittedByName ?? ''}` : '—',
              },
              {
                title: '报告',
                key: 'file',
                render: (_, c) =>
                  c.reportId ? (
                    <Space size="small">
                      <Link to={`/periodic-reports/${c.reportId}`}>查看</Link>
                      <Button size="small" href={reportDocxUrl(c.reportId)}>
                        下载Word
                      </Button>
                      <Button size="small" href={reportXlsxUrl(c.reportId)}>
                        下载Excel
                      </Button>
                    </Space>
                  ) : null,
              },
            ]}
          />
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Card size="small" title="已上报报告汇总">
                <Typography.Paragraph>
                  收案 {s.aggregate.received} 件，送达裁判 {s.aggregate.judged} 件，败诉 {s.aggregate.lost} 件
                </Typography.Paragraph>
                {s.aggregate.values.some((v) => v.mixedDefinitions.length > 0) && (
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginBottom: 12 }}
                    title="各地区报告所用统计口径不一致的指标未合计，见“口径”一栏"
                  />
                )}
                <ValuesTable
                  values={s.aggregate.values.map((v) => ({
                    ...v,
                    definition:
                      v.definitionLabel ??
                      v.mixedDefinitions.map((m) => `${m.regionName}：${m.definitionLabel}`).join('；'),
                  }))}
                />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card size="small" title="本地区实时数据">
                <Typography.Paragraph>
                  收案 {s.live.received} 件，送达裁判 {s.live.judged} 件，败诉 {s.live.lost} 件
                </Typography.Paragraph>
                <ValuesTable
                  values={s.live.values.map((v) => ({
                    ...v,
                    definition: definitionKeyLabel(v.definitionKey),
                  }))}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Space>
  );
}

function ValuesTable(props: {
  values: {
    indicatorId: string;
    name: string;
    numerator: number | null;
    denominator: number | null;
    rateLabel: string;
    definition: string;
  }[];
}) {
  return (
    <Table
      size="small"
      rowKey="indicatorId"
      pagination={false}
      dataSource={props.values}
      columns={[
        { title: '指标', dataIndex: 'name' },
        { title: '分子', dataIndex: 'numerator', render: (n: number | null) => n ?? '—' },
        { title: '分母', dataIndex: 'denominator', render: (n: number | null) => n ?? '—' },
        { title: '比率', dataIndex: 'rateLabel' },
        { title: '口径', dataIndex: 'definition', render: (d: string) => d || '—' },
      ]}
    />
  );
}
