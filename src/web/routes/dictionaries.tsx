// 案由与领域: the two dictionaries a litigation case is classified by, one tab each.
import { Card, Tabs, Typography } from 'antd';
import { DictionaryTable } from '../features/dictionaries/dictionary-table';

export function DictionariesPage() {
  return (
    <Card title="案由与管理领域">
      <Typography.Paragraph type="secondary">
        登记行政应诉案件时选择的案由和管理领域。条目不能删除：不再使用的条目请停用，已登记的案件保留原值。
      </Typography.Paragraph>
      <Tabs
        items={[
          { key: 'cause', label: '案由', children: <DictionaryTable kind="cause" /> },
          { key: 'domain', label: '管理领域', children: <DictionaryTable kind="domain" /> },
        ]}
      />
    </Card>
  );
}
