// 登录: the server's message is shown as is (wrong password, locked until…,
// too many attempts); a timed-out session says so.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { SessionResponse } from '../../shared/api/auth';
import { applyFieldErrors } from '../components/use-report-error';
import { FullPageSpin } from '../features/auth/guards';
import { storeSession, useSession } from '../features/auth/session';
import { api, messageOf } from '../lib/api-client';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const [form] = Form.useForm<LoginValues>();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const login = useMutation({
    mutationFn: (values: LoginValues) =>
      api.post<SessionResponse>('/api/auth/login', values, { quietAuth: true }),
    onSuccess: (result) => {
      storeSession(queryClient, result);
      const target = result.user.mustChangePassword
        ? '/change-password'
        : from && from !== '/login'
          ? from
          : '/';
      navigate(target, { replace: true });
    },
    onError: (error) => {
      applyFieldErrors(form, error);
      form.setFieldValue('password', '');
    },
  });

  if (session.isLoading) return <FullPageSpin />;
  if (session.data?.user && !login.isPending) return <Navigate to="/" replace />;

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: 'linear-gradient(160deg, #e6f4ff 0%, #f5f5f5 60%)',
      }}
    >
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          府院 · 行政争议府院联动平台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          请使用本单位分配的账户登录
        </Typography.Paragraph>
        {session.data?.ended === 'expired' && !login.error && (
          <Alert type="warning" showIcon title="登录已超时，请重新登录" style={{ marginBottom: 16 }} />
        )}
        {login.error && (
          <Alert type="error" showIcon title={messageOf(login.error)} style={{ marginBottom: 16 }} />
        )}
        <Form
          name="login"
          form={form}
          layout="vertical"
          onFinish={(values) => login.mutate(values)}
          requiredMark={false}
        >
          <Form.Item
            name="username"
            label="用户名"
            rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请填写密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={256} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
