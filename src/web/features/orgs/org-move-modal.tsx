// Move an organisation (with its subtree) under a new parent.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal } from 'antd';
import type { Organisation } from '../../../shared/api/organisations';
import { useReportError } from '../../components/use-report-error';
import { OrgTreeSelect } from './org-tree-select';
import { moveOrg, orgKeys } from './orgs-api';

interface OrgMoveModalProps {
  org: Organisation | null;
  onClose: () => void;
}

export function OrgMoveModal({ org, onClose }: OrgMoveModalProps) {
  const [form] = Form.useForm<{ parentId: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const move = useMutation({
    mutationFn: (parentId: string) => moveOrg(org!.id, { parentId, version: org!.version }),
    onSuccess: async (moved) => {
      message.success(`已移动“${moved.name}”`);
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      onClose();
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

  return (
    <Modal
      open={org !== null}
      title={`移动机构：${org?.name ?? ''}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="移动"
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      <Form
        name="org-move"
        form={form}
        layout="vertical"
        onFinish={(values) => move.mutate(values.parentId)}
        preserve={false}
      >
        <Form.Item
          name="parentId"
          label="新的上级机构"
          rules={[{ required: true, message: '请选择新的上级机构' }]}
          extra="下属机构随之一并移动"
        >
          <OrgTreeSelect placeholder="展开或输入名称搜索" excludeId={org?.id} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
