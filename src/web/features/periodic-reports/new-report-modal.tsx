// 新建定期报告: the kind and one of the recent periods of that kind, with the
// period's dates shown; the server's field errors land on the fields. A period
// that already has a report of the region is shown but cannot be chosen, and
// the dialog opens on the latest ended period without one (a running period
// may be drafted, but is published only once it has ended).
import { useMutation, useQuery } from '@tanstack/react-query';
import { Form, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import type { PeriodicReport } from '../../../shared/api/periodic-reports';
import { chinaDate } from '../../../shared/domain/china-time';
import {
  defaultNewReportPeriod,
  firstPublishableDay,
  hasPeriodEnded,
  parsePeriod,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  type ReportKind,
  recentPeriods,
} from '../../../shared/domain/periodic-reports';
import { useReportError } from '../../components/use-report-error';
import { createPeriodicReport, listPeriodicReports, periodicReportKeys } from './periodic-reports-api';

const COUNTS: Record<ReportKind, number> = { month: 13, quarter: 8, 'half-year': 4, year: 3 };

export function NewReportModal(props: {
  open: boolean;
  onClose: () => void;
  onCreated: (report: PeriodicReport) => void;
}) {
  const [form] = Form.useForm<{ kind: ReportKind; periodKey?: string }>();
  const reportError = useReportError();
  const kind = Form.useWatch('kind', form) ?? 'quarter';
  const periodKey = Form.useWatch('periodKey', form);
  const today = chinaDate(new Date());
  const periods = recentPeriods(kind, today, COUNTS[kind]);
  const chosen = periodKey ? parsePeriod(kind, periodKey) : null;
  // The region's reports of the kind, latest first: enough to cover every period offered.
  const listParams = { kind, page: 1, pageSize: 200 };
  const existing = useQuery({
    queryKey: periodicReportKeys.list(listParams),
    queryFn: () => listPeriodicReports(listParams),
    enabled: props.open,
  });
  const taken = new Set((existing.data?.items ?? []).map((r) => r.periodKey));
  const defaultKey = existing.data
    ? defaultNewReportPeriod(periods, today, (key) => taken.has(key))?.key
    : undefined;
  // Once the kind's reports are known, start on the default unless a free period is already chosen.
  const offeredKeys = periods
    .filter((p) => !taken.has(p.key))
    .map((p) => p.key)
    .join(',');
  useEffect(() => {
    if (!props.open || !existing.data) return;
    const current = form.getFieldValue('periodKey') as string | undefined;
    if (current === undefined || !offeredKeys.split(',').includes(current)) {
      form.setFieldsValue({ periodKey: defaultKey });
    }
  }, [props.open, existing.data, offeredKeys, defaultKey, form]);
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
        initialValues={{ kind: 'quarter' }}
        onFinish={(values) => create.mutate({ kind: values.kind, periodKey: values.periodKey ?? '' })}
        onValuesChange={(changed) => {
          if (changed.kind) form.setFieldsValue({ periodKey: undefined });
        }}
      >
        <Form.Item name="kind" label="报告类型" rules={[{ required: true, message: '请选择报告类型' }]}>
          <Select options={REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="periodKey" label="报告期间" rules={[{ required: true, message: '请选择报告期间' }]}>
          <Select
            loading={existing.isLoading}
            placeholder={existing.data && !defaultKey ? '近期各期均已编制' : '请选择报告期间'}
            options={periods.map((p) => ({
              value: p.key,
              disabled: taken.has(p.key),
              label: taken.has(p.key)
                ? `${p.label}（已编制）`
                : hasPeriodEnded(p, today)
                  ? p.label
                  : `${p.label}（未结束）`,
            }))}
          />
        </Form.Item>
        {chosen && (
          <Typography.Text type="secondary">
            统计期间：{chosen.from} 至 {chosen.to}。数据按本地区适用的统计口径生成，发布前可刷新。
            {!hasPeriodEnded(chosen, today) &&
              `本期尚未结束，可以先编制草稿，${firstPublishableDay(chosen)}起才能发布。`}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
