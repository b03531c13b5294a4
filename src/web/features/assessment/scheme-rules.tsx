// A scheme version's rules in words: each item with its 统计口径 and scoring
// rule, each deduction with what counts, and the grade lines.
import { Descriptions, Table, Tag } from 'antd';
import type { PresentedRules } from '../../../shared/api/assessment';

export function SchemeRules({ rules }: { rules: PresentedRules }) {
  return (
    <>
      <Table
        size="small"
        pagination={false}
        rowKey="indicatorId"
        dataSource={rules.items}
        columns={[
          { title: '指标', dataIndex: 'indicatorName' },
          { title: '分值', dataIndex: 'weight' },
          { title: '统计口径', dataIndex: 'definitionLabel' },
          { title: '计分规则', dataIndex: 'ruleText' },
          { title: '无数据', dataIndex: 'noDataLabel' },
        ]}
      />
      {rules.deductions.length > 0 && (
        <Table
          size="small"
          style={{ marginTop: 12 }}
          pagination={false}
          rowKey="kind"
          dataSource={rules.deductions}
          columns={[
            { title: '扣分项', dataIndex: 'name' },
            { title: '规则', dataIndex: 'ruleText' },
          ]}
        />
      )}
      <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label="基础分">{rules.baseScore}分</Descriptions.Item>
        <Descriptions.Item label="等次">
          <Tag>{rules.gradeText}</Tag>
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
