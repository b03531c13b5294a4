// 修改密码: current, new, confirm. The rules come from the security policy and
// are checked as the user types; the server checks them again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import { useNavigate } from 'react-router';
import type { SessionResponse } from '../../shared/api/auth';
import { checkPassword, type PasswordRules } from '../../shared/domain/password-policy';
import { useReportError } from '../components/use-report-error';
import { storeSession, useCurrentUser } from '../features/auth/session';
import { api } from '../lib/api-client';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

type RulesResponse = PasswordRules & { description: string };

export function ChangePasswordPage() {
  const [form] = Form.useForm<ChangePasswordValues>();
  const user = useCurrentUser();
  const forced = user.mustChangePassword;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const reportError = useReportError();
  const rules = useQuery({
    queryKey: ['password-rules'],
    queryFn: () => api.get<RulesResponse>('/api/auth/password-rules'),
  });
  const change = useMutation({
    mutationFn: (values: ChangePasswordValues) =>
      api.post<SessionResponse>('/api/auth/change-password', {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      }),
    onSuccess: (session) => {
      storeSession(queryClient, session);
      message.success('密码已修改');
      navigate('/', { replace: true });
    },
    onError: (error) => reportError(error, { form }),
  });

  const newPasswordRule = {
    validator: async (_: unknown, value?: string) => {
      if (!value || !rules.data) return;
      const problems = checkPassword(value, user.username, rules.data);
      if (problems.length > 0) throw new Error(problems.join('；'));
    },
  };

  return (
    <Card title="修改密码" style={{ maxWidth: 520, margin: '0 auto' }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {forced && (
          <Alert
            type="warning"
            showIcon
            title="请先修改密码"
            description="您正在使用临时密码或密码已过期。修改密码后才能使用平台的其他功能。"
          />
        )}
        {rules.data && <Alert type="info" showIcon title="密码规则" description={rules.data.description} />}
        <Form
          name="change-password"
          form={form}
          layout="vertical"
          onFinish={(values) => change.mutate(values)}
        >
          <Form.Item
            name="currentPassword"
            label="当前密码"
            rules={[{ required: true, message: '请填写当前密码' }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label="新密码"
            rules={[{ required: true, message: '请填写新密码' }, newPasswordRule]}
          >
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label="确认新密码"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次填写新密码' },
              ({ getFieldValue }) => ({
                validator: async (_: unknown, value?: string) => {
                  if (value && value !== getFieldValue('newPassword'))
                    throw new Error('两次填写的新密码不一致');
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={change.isPending}>
              修改密码
            </Button>
            {!forced && <Button onClick={() => navigate(-1)}>取消</Button>}
          </Space>
        </Form>
      </Space>
    </Card>
  );
}
