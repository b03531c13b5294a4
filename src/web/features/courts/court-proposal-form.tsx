// 管辖法院测算: the court proposed for a defendant's region on a filing date, with its basis.
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Descriptions, Form, Input, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { chinaToday } from '../../components/format';
import { useReportError } from '../../components/use-report-error';
import { regionCodeRules } from '../orgs/org-form-modal';
import { proposeCourt } from './courts-api';

interface ProposalValues {
  regionCode: string;
  date: Dayjs;
}

const SOURCE_LABELS = { jurisdiction: '集中管辖安排', region: '本区划法院' } as const;

export function CourtProposalForm() {
  const [form] = Form.useForm<ProposalValues>();
  const reportError = useReportError();
  const propose = useMutation({
    mutationFn: (values: ProposalValues) =>
      proposeCourt(values.regionCode.trim(), values.date.format('YYYY-MM-DD')),
    onError: (error) => reportError(error, { form }),
  });
  const result = propose.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form
        name="court-proposal"
        form={form}
        layout="inline"
        initialValues={{ date: chinaToday() }}
        onFinish={(values) => propose.mutate(values)}
      >
        <Form.Item name="regionCode" label="被告所在地行政区划代码" rules={regionCodeRules}>
          <Input maxLength={6} placeholder="如 330802" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="date" label="立案日期" rules={[{ required: true, message: '请选择立案日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={propose.isPending}>
            测算
          </Button>
        </Form.Item>
      </Form>
      {result &&
        (result.court ? (
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label="建议管辖法院">
              {result.court.name}（{result.court.courtCode}）
              {result.source && (
                <Tag color="blue" style={{ marginLeft: 8 }}>
                  {SOURCE_LABELS[result.source]}
                </Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="理由">{result.reason}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Alert type="warning" showIcon title="未能确定管辖法院" description={result.reason} />
        ))}
    </Space>
  );
}
