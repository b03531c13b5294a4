// 信息通报 · 详情: the bulletin, its attachments and each recipient's read
// receipt. A recipient's reader signs for the organisation on opening; the
// sender edits a draft, adds attachments and sends it.
import { SendOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Bulletin } from '../../shared/api/bulletins';
import { formatDateTime } from '../components/format';
import { useReportError } from '../components/use-report-error';
import { BulletinAttachments } from '../features/bulletins/bulletin-attachments';
import { BulletinForm } from '../features/bulletins/bulletin-form';
import {
  bulletinKeys,
  getBulletin,
  markBulletinRead,
  sendBulletin,
  updateBulletin,
} from '../features/bulletins/bulletins-api';
import { messageOf } from '../lib/api-client';

export function BulletinDetailPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [sending, setSending] = useState(false);
  const bulletin = useQuery({ queryKey: bulletinKeys.detail(id), queryFn: () => getBulletin(id) });
  const store = (next: Bulletin) => {
    queryClient.setQueryData(bulletinKeys.detail(id), next);
    void queryClient.invalidateQueries({ queryKey: ['bulletins', 'list'] });
  };
  const signed = useRef(false);
  const canSign = bulletin.data?.abilities.markRead === true;
  // biome-ignore lint/correctness/useExhaustiveDependencies: sign once per opening
  useEffect(() => {
    if (!canSign || signed.current) return;
    signed.current = true;
    markBulletinRead(id).then(store, () => {});
  }, [canSign, id]);

  if (bulletin.error) return <Alert type="error" showIcon title={messageOf(bulletin.error)} />;
  const b = bulletin.data;
  if (!b) return <Card loading />;

  const send = async () => {
    setSending(true);
    try {
      store(await sendBulletin(b.id, b.version));
      message.success('信息通报已发送');
    } catch (error) {
      reportError(error, { onConflict: () => bulletin.refetch() });
    } finally {
      setSending(false);
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {b.title}
            {b.status === 'draft' ? <Tag color="gold">草稿</Tag> : <Tag color="green">已发送</Tag>}
          </Space>
        }
        extra={
          b.abilities.send && (
            <Popconfirm title="发送后不能再修改，确定发送？" okText="发送" cancelText="取消" onConfirm={send}>
              <Button type="primary" icon={<SendOutlined />} loading={sending}>
                发送
              </Button>
            </Popconfirm>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="发送单位">{b.sender.name}</Descriptions.Item>
          <Descriptions.Item label="类别">{b.categoryLabel}</Descriptions.Item>
          <Descriptions.Item label="发送">
            {b.sentAt
              ? `${formatDateTime(b.sentAt)} ${b.sentByName ?? ''}`
              : `草稿（${b.createdByName} 起草）`}
          </Descriptions.Item>
          <Descriptions.Item label="关联案件">
            {b.case ? (
              b.abilities.openCase ? (
                <Link to={`/cases/${b.case.id}`}>{b.case.caseNumber}</Link>
              ) : (
                b.case.caseNumber
              )
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="接收单位" span={2}>
            <Space wrap>
              {b.recipients.map((r) => (
                <Tag key={r.organisation.id} color={r.readAt ? 'green' : undefined}>
                  {r.organisation.name}
                  {b.status === 'sent' &&
                    (r.readAt ? `（${r.readByName ?? ''} ${formatDateTime(r.readAt)} 已阅）` : '（未阅）')}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        {!b.abilities.edit && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 16 }}>
            {b.body}
          </Typography.Paragraph>
        )}
      </Card>
      {b.abilities.edit && (
        <Card title="编辑草稿">
          <BulletinForm
            key={b.version}
            initial={b}
            submitText="保存修改"
            onSubmit={async (input) => {
              store(await updateBulletin(b.id, { ...input, version: b.version }));
              message.success('草稿已保存');
            }}
          />
        </Card>
      )}
      <Card title="附件">
        <BulletinAttachments bulletin={b} onChange={store} />
      </Card>
    </Space>
  );
}
