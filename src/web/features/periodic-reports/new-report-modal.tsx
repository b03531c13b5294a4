// 新建定期报告: the kind and one of the recent periods of that kind, with the
// period's dates shown; the server's field errors land on the fields.
import { useMutation } from '@tanstack/react-query';
import { Form, Modal, Select, Typography } from 'antd';
import type { PeriodicReport } from '../../../shared/api/periodic-reports';
import { chinaDate } from '../../../shared/domain/china-time';
import {
  parsePeriod,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  type ReportKind,
  recentPeriods,
} from '../../../shared/domain/periodic-reports';
import { useReportError } from '../../components/use-report-error';
import { createPeriodicReport } from './periodic-reports-api';

const COUNTS: Record<ReportKind, number> = { month: 13, quarter: 8, 'half-year': 4, year: 3 };

export function NewReportModal(props: {
  open: boolean;
  onClose: () => void;
  onCreated: (report: PeriodicReport) => void;
}) {
  const [form] = Form.useForm<{ kind: ReportKind; periodKey: string }>();
  const reportError = useReportError();
  const kind = Form.useWatch('kind', form) ?? 'quarter';
  const periodKey = Form.useWatch('periodKey', form);
  const periods = recentPeriods(kind, chinaDate(new Date()), COUNTS[kind]);
  const chosen = periodKey ? parsePeriod(kind, periodKey) : null;
  const create = useMutation({
    mutationFn: (values: { kind: ReportKind; periodKey: string }) =>
      createPeriodicReport(values.kind, values.periodKey),
    onSuccess: (report) => {
      form.resetFields();
      props.onCreated(report);
    },
    onError: (error) => reportError(error, { form }),
  });
  return (
    <Modal
      title="新建定期报告"
      open={props.open}
      okText="编制草稿"
      cancelText="取消"
      confirmLoading={create.isPending}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'quarter', periodKey: periods[1]?.key }}
        onFinish={(values) => create.mutate(values)}
        onValuesChange={(changed) => {
          if (changed.kind) {
            const next = recentPeriods(changed.kind, chinaDate(new Date()), 2);
            form.setFieldsValue({ periodKey: next[1]?.key });
          }
        }}
      >
        <Form.Item name="kind" label="报告类型" rules={[{ required: true, message: '请选择报告类型' }]}>
          <Select options={REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="periodKey" label="报告期间" rules={[{ required: true, message: '请选择报告期间' }]}>
          <Select options={periods.map((p) => ({ value: p.key, label: p.label }))} />
        </Form.Item>
        {chosen && (
          <Typography.Text type="secondary">
            统计期间：{chosen.from} 至 {chosen.to}。数据按本地区适用的统计口径生成，发布前可刷新。
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
