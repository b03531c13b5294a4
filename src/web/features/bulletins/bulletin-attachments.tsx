// A bulletin's attachments: download for every reader; upload and remove
// while it is the sender's draft. The server checks the type by content.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, List, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { Bulletin } from '../../../shared/api/bulletins';
import { useReportError } from '../../components/use-report-error';
import { removeBulletinAttachment, uploadBulletinAttachment } from './bulletins-api';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function BulletinAttachments({
  bulletin,
  onChange,
}: {
  bulletin: Bulletin;
  onChange: (b: Bulletin) => void;
}) {
  const reportError = useReportError();
  const [busy, setBusy] = useState(false);
  const editable = bulletin.abilities.edit;
  const run = async (action: () => Promise<Bulletin>) => {
    setBusy(true);
    try {
      onChange(await action());
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <List
        size="small"
        bordered
        locale={{ emptyText: '无附件' }}
        dataSource={bulletin.attachments}
        renderItem={(a) => (
          <List.Item
            actions={
              editable
                ? [
                    <Button
                      key="remove"
                      type="link"
                      danger
                      icon={<DeleteOutlined />}
                      disabled={busy}
                      onClick={() => run(() => removeBulletinAttachment(bulletin.id, a.id))}
                    >
                      移除
                    </Button>,
                  ]
                : []
            }
          >
            <Space>
              <PaperClipOutlined />
              <a href={a.downloadUrl}>{a.fileName}</a>
              <Typography.Text type="secondary">{sizeText(a.size)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {editable && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            void run(() => uploadBulletinAttachment(bulletin.id, file));
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            上传附件
          </Button>
        </Upload>
      )}
    </Space>
  );
}
