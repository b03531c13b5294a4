// 校验哈希链: recomputes every row's hash on the server and names the first break.
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Space } from 'antd';
import { useReportError } from '../../components/use-report-error';
import { verifyAudit } from './audit-api';

export function VerifyChain() {
  const reportError = useReportError();
  const verify = useMutation({ mutationFn: verifyAudit, onError: (error) => reportError(error) });
  const result = verify.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button onClick={() => verify.mutate()} loading={verify.isPending}>
        校验哈希链
      </Button>
      {result?.ok && (
        <Alert type="success" showIcon title={`哈希链完整：已校验 ${result.checked} 条记录，未发现篡改。`} />
      )}
      {result && !result.ok && (
        <Alert
          type="error"
          showIcon
          title="哈希链校验未通过"
          description={
            result.firstBroken
              ? `第一条异常记录：编号 ${result.firstBroken.id}。原因：${result.firstBroken.reason}（已校验 ${result.checked} 条）`
              : `已校验 ${result.checked} 条记录，发现异常。`
          }
        />
      )}
    </Space>
  );
}
