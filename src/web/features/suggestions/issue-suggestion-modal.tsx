// 制发/登记 form: the kinds the caller's organisation issues; for a received
// 检察建议 the issuer's name and number as written. Checked in the browser with
// the server's own schema first; the server's field errors land on the fields.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CaseSummary } from '../../../shared/api/cases';
import { issueSuggestionSchema } from '../../../shared/api/suggestions';
import {
  SUGGESTION_KIND_LABELS,
  SUGGESTION_KIND_RULES,
  type SuggestionKind,
} from '../../../shared/domain/suggestions';
import { chinaToday } from '../../components/format';
import { useDebounced } from '../../components/use-debounced';
import { api, messageOf, type Page } from '../../lib/api-client';
import { applySchemaIssues, applyServerErrors } from '../cases/form-errors';
import { fetchAddressees, issueSuggestion, suggestionKeys } from './suggestions-api';

interface Values {
  kind?: SuggestionKind;
  issuerName?: string;
  documentNumber?: string;
  addresseeOrgId?: string;
  copyOrgIds?: string[];
  title?: string;
  content?: string;
  issuedOn?: Dayjs;
  servedOn?: Dayjs | null;
  dueOn?: Dayjs | null;
  concernsNormativeDocument?: boolean;
  caseId?: string | null;
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

function CaseSelect(props: { value?: string | null; onChange?: (value: string | null) => void }) {
  const [q, setQ] = useState('');
  const debounced = useDebounced(q, 300);
  const cases = useQuery({
    queryKey: ['suggestions', 'case-search', debounced],
    queryFn: () => api.get<Page<CaseSummary>>('/api/cases', { q: debounced || undefined, pageSize: 10 }),
  });
  return (
    <Select
      allowClear
      showSearch
      filterOption={false}
      placeholder="输入案号搜索（可不选）"
      value={props.value ?? undefined}
      onSearch={setQ}
      onChange={(value) => props.onChange?.(value ?? null)}
      options={(cases.data?.items ?? []).map((c) => ({ value: c.id, label: c.caseNumber }))}
    />
  );
}

export function IssueSuggestionModal(props: {
  kinds: SuggestionKind[];
  open: boolean;
  onClose: () => void;
  canSearchCases: boolean;
}) {
  const { kinds, open, onClose } = props;
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const addressees = useQuery({
    queryKey: suggestionKeys.addressees,
    queryFn: fetchAddressees,
    enabled: open,
  });
  const issue = useMutation({
    mutationFn: issueSuggestion,
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: suggestionKeys.all });
      message.success(`已登记 ${created.documentNumber}`);
      onClose();
      navigate(`/suggestions/${created.id}`);
    },
    onError: (error) => {
      applyServerErrors(form, error);
      message.error(messageOf(error));
    },
  });
  const submit = (values: Values) => {
    const input = {
      kind: values.kind,
      issuerName: values.issuerName || null,
      documentNumber: values.documentNumber || null,
      addresseeOrgId: values.addresseeOrgId,
      copyOrgIds: values.copyOrgIds ?? [],
      title: values.title ?? '',
      content: values.content ?? '',
      issuedOn: day(values.issuedOn) ?? '',
      servedOn: day(values.servedOn),
      dueOn: day(values.dueOn),
      concernsNormativeDocument: values.kind === 'judicial' && values.concernsNormativeDocument === true,
      caseId: values.caseId || null,
    };
    const parsed = issueSuggestionSchema.safeParse(input);
    if (!parsed.success) {
      applySchemaIssues(form, parsed.error.issues);
      return;
    }
    issue.mutate(parsed.data);
  };
  const received = kind ? SUGGESTION_KIND_RULES[kind].origin === 'received' : false;
  const orgs = addressees.data ?? [];
  return (
    <Modal
      open={open}
      title="制发或登记建议与函件"
      width={720}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={received ? '登记' : '制发并编号'}
      confirmLoading={issue.isPending}
      destroyOnHidden
    >
      <Form
        name="suggestion-issue"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: kinds[0], issuedOn: chinaToday(), copyOrgIds: [] }}
        onFinish={submit}
      >
        <Form.Item name="kind" label="种类" required>
          <Select options={kinds.map((k) => ({ value: k, label: SUGGESTION_KIND_LABELS[k] }))} />
        </Form.Item>
        {received && (
          <>
            <Form.Item name="issuerName" label="制发机关" required extra="如 衢州市柯城区人民检察院">
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="documentNumber"
              label="文号"
              required
              extra="按收到的原样填写；同一机关的同一文号只能登记一次"
            >
              <Input maxLength={60} />
            </Form.Item>
          </>
        )}
        <Form.Item name="addresseeOrgId" label="主送单位" required>
          <Select
            showSearch
            optionFilterProp="label"
            loading={addressees.isLoading}
            options={orgs.filter((o) => o.kind !== 'court').map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item
          name="copyOrgIds"
          label="抄送单位"
          extra={
            kind === 'judicial'
              ? '自动抄送主送单位所在地的司法局'
              : kind?.startsWith('reconsideration')
                ? '自动抄送管辖主送单位所在地行政案件的人民法院'
                : undefined
          }
        >
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${o.kindLabel}）` }))}
          />
        </Form.Item>
        <Form.Item name="title" label="标题" required>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="content" label="主要内容" required>
          <Input.TextArea rows={5} maxLength={10000} />
        </Form.Item>
        <Form.Item name="issuedOn" label="制发日期" required>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="servedOn"
          label="送达日期"
          extra="主送单位收到之日，答复期限自次日起算；不填同制发日期"
        >
          <DatePicker />
        </Form.Item>
        {kind === 'judicial' && (
          <Form.Item name="concernsNormativeDocument" valuePropName="checked">
            <Checkbox>针对规范性文件不合法（60日内答复，行诉解释第一百四十九条）</Checkbox>
          </Form.Item>
        )}
        <Form.Item
          name="dueOn"
          label="答复期限"
          extra="建议书载明了答复期限的填写；不填则按法定期限计算（司法建议2个月，行政复议意见书60日），其他种类不设期限"
        >
          <DatePicker />
        </Form.Item>
        {props.canSearchCases && (
          <Form.Item name="caseId" label="关联案件">
            <CaseSelect />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
