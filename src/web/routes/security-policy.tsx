// 安全策略: password rules, login lockout and session lengths, saved with the
// version read; if someone else saved in between, the form reloads.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Divider, Form, InputNumber, Spin, Switch, Typography } from 'antd';
import type { SecurityPolicy } from '../../shared/api/security-policy';
import { formatDateTime } from '../components/format';
import { useReportError } from '../components/use-report-error';
import {
  LOGIN_FIELDS,
  PASSWORD_FIELDS,
  type PolicyNumberField,
  SESSION_FIELDS,
} from '../features/security-policy/policy-fields';
import { api, messageOf } from '../lib/api-client';

type PolicyValues = Omit<SecurityPolicy, 'version' | 'updatedAt' | 'abilities'>;
const POLICY_KEY = ['security-policy'] as const;

function NumberItem({ field, disabled }: { field: PolicyNumberField; disabled: boolean }) {
  return (
    <Form.Item
      name={field.name}
      label={field.label}
      extra={field.extra}
      rules={[
        { required: true, message: `请填写${field.label}` },
        {
          type: 'integer',
          min: field.min,
          max: field.max,
          message: `${field.label}应为${field.min}–${field.max}之间的整数`,
        },
      ]}
    >
      <InputNumber
        min={field.min}
        max={field.max}
        precision={0}
        suffix={field.unit}
        disabled={disabled}
        style={{ width: 200 }}
      />
    </Form.Item>
  );
}

export function SecurityPolicyPage() {
  const [form] = Form.useForm<PolicyValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const policy = useQuery({
    queryKey: POLICY_KEY,
    queryFn: () => api.get<SecurityPolicy>('/api/security-policy'),
  });
  const save = useMutation({
    mutationFn: (values: PolicyValues) =>
      api.put<SecurityPolicy>('/api/security-policy', { ...values, version: policy.data!.version }),
    onSuccess: (saved) => {
      queryClient.setQueryData(POLICY_KEY, saved);
      message.success('安全策略已保存');
    },
    onError: (error) => reportError(error, { form, onConflict: () => void policy.refetch() }),
  });

  if (policy.isLoading) return <Spin />;
  if (policy.error || !policy.data) return <Alert type="error" showIcon title={messageOf(policy.error)} />;
  const readOnly = !policy.data.abilities.update;
  return (
    <Card title="安全策略" style={{ maxWidth: 720 }}>
      <Typography.Paragraph type="secondary">
        最近修改：{policy.data.version === 0 ? '尚未修改（默认值）' : formatDateTime(policy.data.updatedAt)}
        {readOnly && '。您只能查看，修改须由安全管理员进行。'}
      </Typography.Paragraph>
      <Form
        name="security-policy"
        key={policy.data.version}
        initialValues={policy.data}
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        disabled={readOnly}
      >
        <Divider titlePlacement="start">密码规则</Divider>
        {PASSWORD_FIELDS.map((field) => (
          <NumberItem key={field.name} field={field} disabled={readOnly} />
        ))}
        <Form.Item name="passwordForbidUsername" label="密码不得包含用户名" valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
        <Divider titlePlacement="start">登录失败锁定</Divider>
        {LOGIN_FIELDS.map((field) => (
          <NumberItem key={field.name} field={field} disabled={readOnly} />
        ))}
        <Divider titlePlacement="start">会话</Divider>
        {SESSION_FIELDS.map((field) => (
          <NumberItem key={field.name} field={field} disabled={readOnly} />
        ))}
        {!readOnly && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存
          </Button>
        )}
      </Form>
    </Card>
  );
}
