// 接口令牌: the list, a new token (its secret shown once) and revocation.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Switch } from 'antd';
import { useState } from 'react';
import { SecretModal } from '../components/secret-modal';
import { useCan } from '../features/auth/session';
import { TokenCreateModal } from '../features/tokens/token-create-modal';
import { listTokens, tokenKeys } from '../features/tokens/tokens-api';
import { TokensTable } from '../features/tokens/tokens-table';
import { messageOf } from '../lib/api-client';

export function TokensPage() {
  const can = useCan();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const tokens = useQuery({
    queryKey: tokenKeys.list(includeRevoked, paging.page, paging.pageSize),
    queryFn: () => listTokens(includeRevoked, paging.page, paging.pageSize),
    placeholderData: keepPreviousData,
  });
  return (
    <Card
      title="接口令牌"
      extra={
        <Space size="large">
          <Space>
            <Switch
              checked={includeRevoked}
              aria-label="显示已吊销"
              onChange={(checked) => {
                setIncludeRevoked(checked);
                setPaging((p) => ({ ...p, page: 1 }));
              }}
            />
            <span>显示已吊销</span>
          </Space>
          {can('token.create') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              新建令牌
            </Button>
          )}
        </Space>
      }
    >
      {tokens.error && (
        <Alert type="error" showIcon title={messageOf(tokens.error)} style={{ marginBottom: 16 }} />
      )}
      <TokensTable
        data={tokens.data}
        loading={tokens.isFetching}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
      />
      <TokenCreateModal open={creating} onClose={() => setCreating(false)} onCreated={setSecret} />
      <SecretModal
        open={secret !== null}
        title={`令牌已创建：${secret?.name ?? ''}`}
        label="令牌"
        secret={secret?.token ?? ''}
        note="请立即复制并交给调用方保存；关闭后无法再次查看。调用接口时以 Authorization: Bearer <令牌> 请求头发送。"
        onClose={() => setSecret(null)}
      />
    </Card>
  );
}
