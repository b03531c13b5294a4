// 新建令牌: name, organisation, permissions (only those a token may carry), expiry.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { PERMISSION_LABELS, type Permission, TOKEN_PERMISSIONS } from '../../../shared/domain/permissions';
import { chinaToday } from '../../components/format';
import { useReportError } from '../../components/use-report-error';
import { OrgTreeSelect } from '../orgs/org-tree-select';
import { createToken, tokenKeys } from './tokens-api';

interface TokenFormValues {
  name: string;
  organisationId: string;
  permissions: Permission[];
  expiresAt?: Dayjs | null;
}

const PERMISSION_OPTIONS = TOKEN_PERMISSIONS.map((p) => ({ value: p, label: PERMISSION_LABELS[p] }));

interface TokenCreateModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (result: { name: string; token: string }) => void;
}

export function TokenCreateModal({ open, onClose, onCreated }: TokenCreateModalProps) {
  const [form] = Form.useForm<TokenFormValues>();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const create = useMutation({
    mutationFn: (values: TokenFormValues) =>
      createToken({
        name: values.name.trim(),
        organisationId: values.organisationId,
        permissions: values.permissions,
        expiresAt: values.expiresAt ? values.expiresAt.format('YYYY-MM-DD') : null,
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: tokenKeys.all });
      onCreated({ name: result.apiToken.name, token: result.token });
      onClose();
    },
    onError: (error) => reportError(error, { form }),
  });
  return (
    <Modal
      open={open}
      title="新建接口令牌"
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="创建"
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        name="token-form"
        form={form}
        layout="vertical"
        onFinish={(values) => create.mutate(values)}
        preserve={false}
        initialValues={{ permissions: ['org.read'] }}
      >
        <Form.Item
          name="name"
          label="令牌名称"
          rules={[
            { required: true, whitespace: true, message: '请填写令牌名称' },
            { min: 2, max: 60, message: '令牌名称应为2–60个字符' },
          ]}
          extra="写明调用方，如“市数据共享平台”"
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="organisationId"
          label="所属机构"
          rules={[{ required: true, message: '请选择令牌所属机构' }]}
          extra="令牌只能读取该机构及其下属机构的数据"
        >
          <OrgTreeSelect placeholder="展开或输入名称搜索" />
        </Form.Item>
        <Form.Item
          name="permissions"
          label="权限"
          rules={[{ required: true, message: '请至少选择一项权限' }]}
        >
          <Checkbox.Group options={PERMISSION_OPTIONS} />
        </Form.Item>
        <Form.Item name="expiresAt" label="失效日期" extra="含当日有效；不填则长期有效">
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(date) => date.isBefore(chinaToday(), 'day')}
            placeholder="长期有效"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
