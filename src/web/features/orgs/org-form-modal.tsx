// New child organisation, or edit of one: name, kind (new only), region code, USCC.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import type { Organisation } from '../../../shared/api/organisations';
import {
  ORG_KIND_LABELS,
  ORG_KINDS,
  type OrgKind,
  placementProblem,
} from '../../../shared/domain/organisations';
import { checkUscc, normalizeUscc } from '../../../shared/domain/uscc';
import { useReportError } from '../../components/use-report-error';
import { createOrg, orgKeys, updateOrg } from './orgs-api';

export type OrgFormTarget = { mode: 'create'; parent: Organisation } | { mode: 'edit'; org: Organisation };

interface OrgFormValues {
  name: string;
  kind: OrgKind;
  regionCode: string;
  uscc?: string;
}

const KIND_OPTIONS = ORG_KINDS.map((kind) => ({ value: kind, label: ORG_KIND_LABELS[kind] }));

export const regionCodeRules = [
  { required: true, message: '请填写行政区划代码' },
  { pattern: /^[1-8][0-9]{5}$/, message: '行政区划代码应为6位数字（GB/T 2260），如 330802' },
];

// GB 32100-2015: the 18th character checks the first 17; tell the user as they type.
const usccRule = {
  validator: async (_: unknown, value?: string) => {
    if (!value?.trim()) return;
    const problem = checkUscc(value);
    if (problem) throw new Error(problem);
  },
};

interface OrgFormModalProps {
  target: OrgFormTarget | null;
  onClose: () => void;
  onSaved: (org: Organisation) => void;
}

export function OrgFormModal({ target, onClose, onSaved }: OrgFormModalProps) {
  const [form] = Form.useForm<OrgFormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();

  // The form mounts afresh at each opening (destroyOnHidden) and starts from these values.
  const initialValues: Partial<OrgFormValues> | undefined =
    target?.mode === 'create'
      ? { regionCode: target.parent.regionCode }
      : target?.mode === 'edit'
        ? { name: target.org.name, regionCode: target.org.regionCode, uscc: target.org.uscc ?? '' }
        : undefined;

  const save = useMutation({
    mutationFn: (values: OrgFormValues) => {
      const uscc = values.uscc?.trim() ? normalizeUscc(values.uscc) : null;
      if (target?.mode === 'edit') {
        return updateOrg(target.org.id, {
          name: values.name,
          regionCode: values.regionCode,
          uscc,
          version: target.org.version,
        });
      }
      return createOrg({
        parentId: target!.parent.id,
        name: values.name,
        kind: values.kind,
        regionCode: values.regionCode,
        uscc,
      });
    },
    onSuccess: async (org) => {
      message.success(target?.mode === 'edit' ? `已保存“${org.name}”` : `已新建“${org.name}”`);
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      onSaved(org);
    },
    onError: (error) =>
      reportError(error, {
        form,
        onConflict: () => {
          void queryClient.invalidateQueries({ queryKey: orgKeys.all });
          onClose();
        },
      }),
  });

  const submit = (values: OrgFormValues) => {
    if (target?.mode === 'create') {
      // Same rule as the server (placementProblem), checked here to answer at once.
      const problem = placementProblem({ kind: values.kind, regionCode: values.regionCode }, target.parent);
      if (problem) {
        const field = problem.field === 'parentId' ? 'kind' : 'regionCode';
        form.setFields([{ name: field, errors: [problem.message] }]);
        return;
      }
    }
    save.mutate(values);
  };

  const title =
    target?.mode === 'edit'
      ? `编辑机构：${target.org.name}`
      : `新建下级机构（上级：${target?.parent.name ?? ''}）`;
  return (
    <Modal
      open={target !== null}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        name="org-form"
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialValues}
        preserve={false}
      >
        <Form.Item
          name="name"
          label="机构名称"
          rules={[
            { required: true, whitespace: true, message: '请填写机构名称' },
            { min: 2, max: 60, message: '机构名称应为2–60个字符' },
          ]}
        >
          <Input maxLength={60} />
        </Form.Item>
        {target?.mode === 'create' && (
          <Form.Item name="kind" label="机构类型" rules={[{ required: true, message: '请选择机构类型' }]}>
            <Select options={KIND_OPTIONS} placeholder="请选择" />
          </Form.Item>
        )}
        <Form.Item
          name="regionCode"
          label="行政区划代码"
          rules={regionCodeRules}
          extra="6位数字，如 330802（柯城区）"
        >
          <Input maxLength={6} inputMode="numeric" />
        </Form.Item>
        <Form.Item
          name="uscc"
          label="统一社会信用代码"
          rules={[usccRule]}
          normalize={(value?: string) => value?.toUpperCase()}
          extra="选填；18位，最后一位为校验位"
        >
          <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
