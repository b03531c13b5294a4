// 期限: each deadline of the case with its due date coloured by urgency and,
// unfolded, how it was computed (start day, raw end, holidays, make-up days)
// and the warnings (a year without a published calendar).
import { Alert, Space, Table, Tag, Typography } from 'antd';
import type { CaseDetail, DeadlineView } from '../../../shared/api/cases';
import { DueDate } from './case-tags';

const STATUS: Record<DeadlineView['status'], { text: string; color: string }> = {
  open: { text: '未完成', color: 'blue' },
  done: { text: '已完成', color: 'green' },
  cancelled: { text: '已取消', color: 'default' },
};

export function DeadlineExplanation({ deadline }: { deadline: DeadlineView }) {
  return (
    <Space orientation="vertical" size={4} style={{ maxWidth: 900 }}>
      <Typography.Paragraph style={{ margin: 0 }}>{deadline.explanation}</Typography.Paragraph>
      {deadline.steps.length > 0 && (
        <ol aria-label="计算过程" style={{ margin: 0, paddingInlineStart: 20 }}>
          {deadline.steps.map((step) => (
            <li key={`${step.date}-${step.note}`}>
              <Typography.Text code>{step.date}</Typography.Text> {step.note}
            </li>
          ))}
        </ol>
      )}
      {deadline.warnings.map((warning) => (
        <Alert key={warning} type="warning" showIcon title={warning} />
      ))}
    </Space>
  );
}

export function CaseDeadlines({ detail }: { detail: CaseDetail }) {
  return (
    <Table<DeadlineView>
      rowKey="id"
      size="middle"
      dataSource={detail.deadlines}
      pagination={detail.deadlines.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: '暂无期限：记录送达、裁判等环节后自动计算' }}
      expandable={{
        expandedRowRender: (deadline) => <DeadlineExplanation deadline={deadline} />,
        expandRowByClick: true,
      }}
      columns={[
        {
          title: '期限',
          key: 'title',
          render: (_, d) => (
            <Space size={4}>
              {d.title}
              {d.warnings.length > 0 && <Tag color="warning">有提示</Tag>}
            </Space>
          ),
        },
        { title: '起算依据日', dataIndex: 'triggerDate' },
        {
          title: '届满日',
          key: 'due',
          render: (_, d) => <DueDate due={d.due} isOverdue={d.isOverdue} isDueSoon={d.isDueSoon} />,
        },
        {
          title: '状态',
          key: 'status',
          render: (_, d) => (
            <Space size={4}>
              <Tag color={STATUS[d.status].color}>{STATUS[d.status].text}</Tag>
              {d.doneOn && <Typography.Text type="secondary">{d.doneOn}</Typography.Text>}
            </Space>
          ),
        },
      ]}
    />
  );
}
