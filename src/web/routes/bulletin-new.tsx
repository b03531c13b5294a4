// 信息通报 · 新建: the draft is saved first; attachments are added and the
// bulletin is sent from its page.
import { useQueryClient } from '@tanstack/react-query';
import { App, Card } from 'antd';
import { useNavigate } from 'react-router';
import { BulletinForm } from '../features/bulletins/bulletin-form';
import { bulletinKeys, createBulletin } from '../features/bulletins/bulletins-api';

export function BulletinNewPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return (
    <Card title="新建信息通报">
      <BulletinForm
        submitText="保存草稿"
        onSubmit={async (input) => {
          const created = await createBulletin(input);
          queryClient.setQueryData(bulletinKeys.detail(created.id), created);
          message.success('草稿已保存，可上传附件后发送');
          navigate(`/bulletins/${created.id}`);
        }}
      />
    </Card>
  );
}
