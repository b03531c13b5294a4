import { Result } from 'antd';

export function Forbidden() {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="您的账户没有使用此功能的权限。如需使用，请联系系统管理员。"
    />
  );
}
