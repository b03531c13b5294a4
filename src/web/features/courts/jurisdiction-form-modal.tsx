// 新增集中管辖安排: a court, a region, the scope, the dates and the notice that set it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { CASE_SCOPE_LABELS, CASE_SCOPES, type CaseScope } from '../../../shared/domain/jurisdiction';
import { useReportError } from '../../components/use-report-error';
import { regionCodeRules } from '../orgs/org-form-modal';
import { courtKeys, createJurisdiction, listAllCourts } from './courts-api';

interface JurisdictionFormValues {
  courtId: string;
  regionCode: string;
  caseScope: CaseScope;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
  basis: string;
}

interface JurisdictionFormModalProps {
  open: boolean;
  onClose: () => void;
}

export function JurisdictionFormModal({ open, onClose }: JurisdictionFormModalProps) {
  const [form] = Form.useForm<JurisdictionFormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const courts = useQuery({ queryKey: [...courtKeys.all, 'all'], queryFn: listAllCourts, enabled: open });
  const save = useMutation({
    mutationFn: (values: JurisdictionFormValues) =>
      createJurisdiction({
        courtId: values.courtId,
        regionCode: values.regionCode.trim(),
        caseScope: values.caseScope,
        effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
        effectiveTo: values.effectiveTo ? values.effectiveTo.format('YYYY-MM-DD') : null,
        basis: values.basis.trim(),
      }),
    onSuccess: async (mapping) => {
      message.success(
        `已新增：${mapping.regionCode} 的案件自 ${mapping.effectiveFrom} 起由${mapping.court.name}管辖`,
      );
      await queryClient.invalidateQueries({ queryKey: courtKeys.all });
      onClose();
    },
    onError: (error) => reportError(error, { form }),
  });

  return (
    <Modal
      open={open}
      title="新增集中管辖安排"
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
      width={600}
    >
      <Form
        name="jurisdiction-form"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ caseScope: 'administrative-first-instance' }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="regionCode" label="被告所在地行政区划代码" rules={regionCodeRules}>
          <Input maxLength={6} placeholder="如 330802" />
        </Form.Item>
        <Form.Item name="courtId" label="管辖法院" rules={[{ required: true, message: '请选择管辖法院' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={courts.isLoading}
            options={(courts.data?.items ?? []).map((c) => ({
              value: c.organisationId,
              label: `${c.name}（${c.courtCode}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="caseScope" label="案件范围" rules={[{ required: true, message: '请选择案件范围' }]}>
          <Select options={CASE_SCOPES.map((s) => ({ value: s, label: CASE_SCOPE_LABELS[s] }))} />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label="生效日期"
          rules={[{ required: true, message: '请选择生效日期' }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="effectiveTo"
          label="终止日期"
          extra="最后有效的一天（含当日）；不填表示长期有效"
          dependencies={['effectiveFrom']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value?: Dayjs | null) => {
                const from = getFieldValue('effectiveFrom') as Dayjs | undefined;
                if (value && from && value.isBefore(from, 'day')) throw new Error('终止日期不能早于生效日期');
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="basis"
          label="依据"
          extra="设定集中管辖的文件名称与文号或发布日期"
          rules={[
            { required: true, whitespace: true, message: '请填写依据' },
            { min: 4, max: 300, message: '依据应为4–300个字符' },
          ]}
        >
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
