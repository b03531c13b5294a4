// Shows a secret (temporary password, token) exactly once, with a copy button.
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useId } from 'react';

interface SecretModalProps {
  open: boolean;
  title: string;
  label: string;
  secret: string;
  note: string;
  onClose: () => void;
}

export function SecretModal({ open, title, label, secret, note, onClose }: SecretModalProps) {
  const { message } = App.useApp();
  const inputId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      message.success('已复制');
    } catch {
      message.warning('浏览器不允许自动复制，请手动选中复制');
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          我已妥善保存
        </Button>
      }
    >
      <Alert type="warning" showIcon title="仅显示一次" description={note} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        <Form.Item label={label} htmlFor={inputId}>
          <Space.Compact style={{ width: '100%' }}>
            <Input id={inputId} readOnly value={secret} style={{ fontFamily: 'monospace' }} />
            <Button icon={<CopyOutlined />} onClick={copy}>
              复制
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
