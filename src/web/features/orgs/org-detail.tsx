// Right side of the organisation page: the selected organisation and what the
// caller may do with it (buttons follow the server's abilities).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Popconfirm, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import type { Organisation } from '../../../shared/api/organisations';
import { ORG_KIND_LABELS } from '../../../shared/domain/organisations';
import { useReportError } from '../../components/use-report-error';
import { messageOf } from '../../lib/api-client';
import { OrgFormModal, type OrgFormTarget } from './org-form-modal';
import { OrgMoveModal } from './org-move-modal';
import { fetchOrg, orgKeys, setOrgDisabled } from './orgs-api';

interface OrgDetailProps {
  orgId: string | null;
  onSelect: (id: string) => void;
}

export function OrgDetail({ orgId, onSelect }: OrgDetailProps) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const [formTarget, setFormTarget] = useState<OrgFormTarget | null>(null);
  const [moving, setMoving] = useState<Organisation | null>(null);
  const detail = useQuery({
    queryKey: orgKeys.detail(orgId ?? ''),
    queryFn: () => fetchOrg(orgId!),
    enabled: orgId !== null,
  });
  const toggle = useMutation({
    mutationFn: ({ org, disabled }: { org: Organisation; disabled: boolean }) =>
      setOrgDisabled(org, disabled),
    onSuccess: async (org) => {
      message.success(org.disabled ? `已停用“${org.name}”` : `已启用“${org.name}”`);
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
    },
    onError: (error) =>
      reportError(error, { onConflict: () => void queryClient.invalidateQueries({ queryKey: orgKeys.all }) }),
  });

  if (orgId === null) {
    return (
      <Card title="机构详情">
        <Empty description="在左侧选择一个机构" />
      </Card>
    );
  }
  if (detail.isLoading) {
    return (
      <Card title="机构详情">
        <Spin />
      </Card>
    );
  }
  if (detail.error || !detail.data) {
    return (
      <Card title="机构详情">
        <Alert type="error" showIcon title={messageOf(detail.error)} />
      </Card>
    );
  }
  const org = detail.data;
  const { abilities } = org;
  const actions = (
    <Space wrap>
      {abilities.createChild && (
        <Button type="primary" onClick={() => setFormTarget({ mode: 'create', parent: org })}>
          新建下级机构
        </Button>
      )}
      {abilities.update && <Button onClick={() => setFormTarget({ mode: 'edit', org })}>编辑</Button>}
      {abilities.move && <Button onClick={() => setMoving(org)}>移动</Button>}
      {abilities.disable && (
        <Popconfirm
          title={`停用“${org.name}”？`}
          description="停用后该机构的账户不能登录，也不能在其下新建机构。"
          okText="停用"
          cancelText="取消"
          onConfirm={() => toggle.mutateAsync({ org, disabled: true }).catch(() => {})}
        >
          <Button danger>停用</Button>
        </Popconfirm>
      )}
      {abilities.enable && (
        <Popconfirm
          title={`启用“${org.name}”？`}
          okText="启用"
          cancelText="取消"
          onConfirm={() => toggle.mutateAsync({ org, disabled: false }).catch(() => {})}
        >
          <Button>启用</Button>
        </Popconfirm>
      )}
    </Space>
  );

  return (
    <Card title="机构详情" extra={actions} role="region" aria-label="机构详情">
      <Descriptions column={1} bordered size="middle">
        <Descriptions.Item label="机构名称">{org.name}</Descriptions.Item>
        <Descriptions.Item label="机构类型">{ORG_KIND_LABELS[org.kind]}</Descriptions.Item>
        <Descriptions.Item label="行政区划代码">{org.regionCode}</Descriptions.Item>
        <Descriptions.Item label="统一社会信用代码">{org.uscc ?? '未填写'}</Descriptions.Item>
        <Descriptions.Item label="状态">
          {org.disabled ? <Tag color="default">已停用</Tag> : <Tag color="green">正常</Tag>}
        </Descriptions.Item>
      </Descriptions>
      <OrgFormModal
        target={formTarget}
        onClose={() => setFormTarget(null)}
        onSaved={(saved) => {
          setFormTarget(null);
          onSelect(saved.id);
        }}
      />
      <OrgMoveModal org={moving} onClose={() => setMoving(null)} />
    </Card>
  );
}
