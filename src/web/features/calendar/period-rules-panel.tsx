// 期限规则与测算: the legal-period rule table, and one deadline computed with the calendar as
// it now stands, to check a correction before relying on it.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, List, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { PERIOD_UNIT_LABELS, type PeriodRuleResponse } from '../../../shared/api/calendar';
import { chinaToday } from '../../components/format';
import { useReportError } from '../../components/use-report-error';
import { messageOf } from '../../lib/api-client';
import { calendarKeys, computeDeadline, listPeriodRules } from './calendar-api';

const ruleKey = (r: PeriodRuleResponse) => `${r.id}@${r.version}`;

function DeadlineForm({ rules }: { rules: PeriodRuleResponse[] }) {
  const [form] = Form.useForm<{ ruleId: string; trigger: Dayjs }>();
  const reportError = useReportError();
  const compute = useMutation({
    mutationFn: (values: { ruleId: string; trigger: Dayjs }) =>
      computeDeadline(values.ruleId, values.trigger.format('YYYY-MM-DD')),
    onError: (error) => reportError(error, { form }),
  });
  const options = [...new Map(rules.map((r) => [r.id, r])).values()].map((r) => ({
    value: r.id,
    label: `${r.name}（${r.id}）`,
  }));
  const result = compute.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form
        name="deadline"
        form={form}
        layout="inline"
        initialValues={{ trigger: chinaToday() }}
        onFinish={(values) => compute.mutate(values)}
      >
        <Form.Item name="ruleId" label="期间规则" rules={[{ required: true, message: '请选择期间规则' }]}>
          <Select options={options} showSearch={{ optionFilterProp: 'label' }} style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="trigger" label="起算事件日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={compute.isPending}>
            计算
          </Button>
        </Form.Item>
      </Form>
      {result && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            期限届满日：{result.due}
          </Typography.Title>
          <Typography.Paragraph>{result.explanation}</Typography.Paragraph>
          {result.warnings.map((w) => (
            <Alert key={w} type="warning" showIcon title={w} />
          ))}
          <List
            size="small"
            bordered
            dataSource={result.steps}
            renderItem={(step) => (
              <List.Item>
                <Typography.Text strong style={{ marginRight: 12 }}>
                  {step.date}
                </Typography.Text>
                {step.note}
              </List.Item>
            )}
          />
        </>
      )}
    </Space>
  );
}

export function PeriodRulesPanel() {
  const rules = useQuery({ queryKey: calendarKeys.rules, queryFn: listPeriodRules });
  if (rules.error) return <Alert type="error" showIcon title={messageOf(rules.error)} />;
  const items = rules.data?.items ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <DeadlineForm rules={items} />
      <Table<PeriodRuleResponse>
        rowKey={ruleKey}
        size="small"
        loading={rules.isLoading}
        dataSource={items}
        pagination={false}
        columns={[
          { title: '规则', key: 'name', render: (_, r) => `${r.name}（${r.id}，第${r.version}版）` },
          { title: '起算', dataIndex: 'trigger', key: 'trigger' },
          { title: '期间', key: 'length', render: (_, r) => `${r.length}${PERIOD_UNIT_LABELS[r.unit]}` },
          {
            title: '依据',
            key: 'basis',
            render: (_, r) => `《${r.basis.law}》（${r.basis.version}）${r.basis.article}`,
          },
          {
            title: '有效期间',
            key: 'effective',
            render: (_, r) => `${r.effectiveFrom ?? '—'} 至 ${r.effectiveTo ?? '今'}`,
          },
          {
            title: '性质',
            key: 'local',
            render: (_, r) =>
              r.localOverridable ? <Tag color="gold">本地规定，可调整</Tag> : <Tag>法定</Tag>,
          },
        ]}
      />
    </Space>
  );
}
