// 逐条录入: one hearing, appearance or judgment for a case of this court, sent
// as a one-row batch to the same endpoint as the machine API, so it gets the
// same checks and the same report (a changed value corrects the earlier record).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Radio, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CaseDetail, CaseSummary } from '../../../shared/api/cases';
import type { ReportRow } from '../../../shared/api/court-exchange';
import {
  AGENT_KIND_LABELS,
  COURT_DECISION_LABELS,
  JUDGMENT_KIND_LABELS,
  JUDGMENT_RESULT_LABELS,
  LOSS_REASON_LABELS,
} from '../../../shared/domain/cases/vocabulary';
import {
  EXCHANGE_KIND_LABELS,
  EXCHANGE_KINDS,
  type ExchangeKind,
  ROW_OUTCOME_LABELS,
} from '../../../shared/domain/court-exchange/columns';
import { formatDateTime } from '../../components/format';
import { useDebounced } from '../../components/use-debounced';
import { useReportError } from '../../components/use-report-error';
import { api, type Page } from '../../lib/api-client';
import { exchangeKeys, pushRow } from './exchange-api';

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
const YES_NO = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];
const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** What the form holds: dates as dayjs, the rest as the row's own fields. */
type EntryValues = Record<string, unknown> & {
  scheduledAt?: Dayjs | string;
  noticeReceivedOn?: Dayjs | null;
  servedOn?: Dayjs | null;
  agents?: { name?: string; kind?: string }[];
};

function rowOf(kind: ExchangeKind, caseNumber: string, values: EntryValues): Record<string, unknown> {
  if (kind === 'hearings') {
    return {
      caseNumber,
      // China wall-clock time, as the court's notice states it.
      scheduledAt:
        typeof values.scheduledAt === 'object' ? values.scheduledAt.format('YYYY-MM-DD HH:mm') : '',
      courtRoom: values.courtRoom || null,
      judge: values.judge || null,
      noticeReceivedOn: day(values.noticeReceivedOn),
      isHeadRequested: values.isHeadRequested ?? false,
    };
  }
  if (kind === 'appearances') {
    return {
      caseNumber,
      scheduledAt: values.scheduledAt ?? '',
      defendant: values.defendant ?? '',
      didHeadAppear: values.didHeadAppear ?? null,
      personName: values.personName || null,
      personPost: values.personPost || null,
      countsAsHead: values.countsAsHead ?? false,
      didSpeak: values.didSpeak ?? false,
      agents: (values.agents ?? []).filter((a) => a?.name),
      absenceExcuse: values.absenceExcuse || null,
      absenceProof: values.absenceProof || null,
      courtDecision: values.courtDecision ?? null,
    };
  }
  return {
    caseNumber,
    kind: values.kind ?? null,
    result: values.result ?? null,
    isLost: values.isLost ?? null,
    lossReasons: values.lossReasons ?? [],
    servedOn: day(values.servedOn),
    requiresPerformance: values.requiresPerformance ?? null,
    summary: values.summary || null,
  };
}

function KindFields({ kind, detail }: { kind: ExchangeKind; detail: CaseDetail | undefined }) {
  if (kind === 'hearings') {
    return (
      <>
        <Form.Item
          name="scheduledAt"
          label="开庭时间"
          rules={[{ required: true, message: '请选择开庭时间' }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="courtRoom" label="法庭">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="judge" label="审判人员">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="noticeReceivedOn" label="开庭通知送达日期">
          <DatePicker />
        </Form.Item>
        <Form.Item name="isHeadRequested" label="是否通知负责人出庭" valuePropName="checked">
          <Switch />
        </Form.Item>
      </>
    );
  }
  if (kind === 'appearances') {
    const hearings = (detail?.hearings ?? []).filter((h) => h.status !== 'cancelled');
    return (
      <>
        <Form.Item name="scheduledAt" label="庭次" rules={[{ required: true, message: '请选择庭次' }]}>
          <Select
            options={hearings.map((h) => ({ value: h.scheduledAt, label: formatDateTime(h.scheduledAt) }))}
          />
        </Form.Item>
        <Form.Item name="defendant" label="被告机关" rules={[{ required: true, message: '请选择被告机关' }]}>
          <Select options={(detail?.defendants ?? []).map((d) => ({ value: d.name, label: d.name }))} />
        </Form.Item>
        <Form.Item
          name="didHeadAppear"
          label="负责人是否出庭"
          rules={[{ required: true, message: '请说明负责人是否出庭' }]}
        >
          <Radio.Group options={YES_NO} />
        </Form.Item>
        <Form.Item name="personName" label="出庭负责人姓名">
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="personPost" label="职务">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="countsAsHead" label="是否属于负责人" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="didSpeak" label="是否发言" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item label="代理人">
          <Form.List name="agents">
            {(fields, { add, remove }) => (
              <Space direction="vertical">
                {fields.map((field) => (
                  <Space key={field.key}>
                    <Form.Item name={[field.name, 'name']} noStyle>
                      <Input placeholder="姓名" maxLength={30} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'kind']} noStyle initialValue="staff">
                      <Select style={{ width: 120 }} options={options(AGENT_KIND_LABELS)} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>删除</Button>
                  </Space>
                ))}
                <Button onClick={() => add()}>添加代理人</Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="absenceExcuse" label="未出庭理由">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="absenceProof" label="理由证明材料">
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="courtDecision" label="法院审查结论">
          <Select allowClear options={options(COURT_DECISION_LABELS)} />
        </Form.Item>
      </>
    );
  }
  return (
    <>
      <Form.Item name="kind" label="裁判类型">
        <Select options={options(JUDGMENT_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="result" label="裁判结果">
        <Select options={options(JUDGMENT_RESULT_LABELS)} />
      </Form.Item>
      <Form.Item name="isLost" label="是否败诉">
        <Radio.Group options={YES_NO} />
      </Form.Item>
      <Form.Item name="lossReasons" label="败诉原因">
        <Select mode="multiple" options={options(LOSS_REASON_LABELS)} />
      </Form.Item>
      <Form.Item name="servedOn" label="送达日期">
        <DatePicker />
      </Form.Item>
      <Form.Item name="requiresPerformance" label="是否需要履行">
        <Radio.Group options={YES_NO} />
      </Form.Item>
      <Form.Item name="summary" label="裁判要旨">
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </>
  );
}

export function EntryForm() {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const reportError = useReportError();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ExchangeKind>('hearings');
  const [search, setSearch] = useState('');
  const [caseId, setCaseId] = useState<string>();
  const [outcome, setOutcome] = useState<ReportRow | null>(null);
  const q = useDebounced(search, 300);
  const cases = useQuery({
    queryKey: ['court-exchange', 'cases', q],
    queryFn: () => api.get<Page<CaseSummary>>('/api/cases', { q, pageSize: 20, sort: 'updated' }),
  });
  const detail = useQuery({
    queryKey: ['cases', 'detail', caseId],
    queryFn: () => api.get<CaseDetail>(`/api/cases/${caseId}`),
    enabled: caseId !== undefined,
  });
  const submit = useMutation({
    mutationFn: (values: EntryValues) => pushRow(kind, rowOf(kind, detail.data!.caseNumber, values)),
    onSuccess: (result) => {
      const row = result.rows[0]!;
      setOutcome(row);
      form.setFields(row.errors.map((e) => ({ name: e.field, errors: [e.message] })));
      if (row.outcome !== 'rejected') {
        message.success(`${EXCHANGE_KIND_LABELS[kind]}：${ROW_OUTCOME_LABELS[row.outcome]}`);
        void queryClient.invalidateQueries({ queryKey: ['cases'] });
        void queryClient.invalidateQueries({ queryKey: exchangeKeys.all });
      }
    },
    onError: (error) => reportError(error, { form }),
  });
  return (
    <Card title="逐条录入">
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ span: 6 }}
        wrapperCol={{ span: 14 }}
        onFinish={(v: EntryValues) => submit.mutate(v)}
      >
        <Form.Item label="案件" required>
          <Select
            showSearch
            aria-label="案件"
            placeholder="输入案号查找本院案件"
            filterOption={false}
            onSearch={setSearch}
            value={caseId}
            onChange={(id) => {
              setCaseId(id);
              setOutcome(null);
            }}
            options={(cases.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.caseNumber}　${c.defendants.map((d) => d.name).join('、')}`,
            }))}
          />
        </Form.Item>
        <Form.Item label="数据类型">
          <Radio.Group
            value={kind}
            optionType="button"
            onChange={(e) => {
              setKind(e.target.value);
              setOutcome(null);
              form.resetFields();
            }}
            options={EXCHANGE_KINDS.map((k) => ({ value: k, label: EXCHANGE_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <KindFields kind={kind} detail={detail.data} />
        {outcome && (
          <Form.Item wrapperCol={{ offset: 6, span: 14 }}>
            <Alert
              type={outcome.outcome === 'rejected' ? 'error' : 'success'}
              showIcon
              message={ROW_OUTCOME_LABELS[outcome.outcome]}
              description={
                [
                  ...outcome.errors.map((e) => `【${e.column}】${e.message}`),
                  ...(outcome.changes ?? []).map(
                    (c) => `${c.column}：${c.before ?? '（空）'} → ${c.after ?? '（空）'}`,
                  ),
                ].join('；') || undefined
              }
            />
          </Form.Item>
        )}
        <Form.Item wrapperCol={{ offset: 6, span: 14 }}>
          <Button type="primary" htmlType="submit" disabled={!detail.data} loading={submit.isPending}>
            保存
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
