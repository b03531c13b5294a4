// The three tables of a 三通报: this month's hearings, last month's head
// appearances and last month's effective judgments, as the snapshot holds them.
import { Table, Tag, Typography } from 'antd';
import type { MonthlyReportContent } from '../../../shared/api/monthly-reports';
import { formatDateTime } from '../../components/format';

const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const yesNo = (value: boolean | null) => (value === null ? '—' : value ? '是' : '否');

export function ReportTables({ content }: { content: MonthlyReportContent }) {
  return (
    <>
      <Typography.Title level={5}>一、{monthLabel(content.month)}排庭情况</Typography.Title>
      <Table
        size="small"
        rowKey={(h) => `${h.caseId}-${h.scheduledAt}`}
        pagination={false}
        dataSource={content.hearings}
        locale={{ emptyText: '本月无排庭' }}
        columns={[
          { title: '案号', dataIndex: 'caseNumber' },
          { title: '案由', dataIndex: 'cause' },
          { title: '被告', render: (_, h) => h.defendants.join('、') },
          { title: '开庭时间', render: (_, h) => formatDateTime(h.scheduledAt) },
          { title: '法庭', render: (_, h) => h.courtRoom ?? '—' },
          { title: '审判人员', render: (_, h) => h.judge ?? '—' },
          { title: '要求负责人出庭', render: (_, h) => yesNo(h.isHeadRequested) },
        ]}
      />
      <Typography.Title level={5}>
        二、{monthLabel(content.previousMonth)}行政机关负责人出庭应诉情况
      </Typography.Title>
      <Table
        size="small"
        rowKey={(a) => `${a.caseId}-${a.hearingAt}-${a.defendant}`}
        pagination={false}
        dataSource={content.appearances}
        locale={{ emptyText: '上月无开庭' }}
        columns={[
          { title: '案号', dataIndex: 'caseNumber' },
          { title: '开庭时间', render: (_, a) => formatDateTime(a.hearingAt) },
          { title: '被告机关', dataIndex: 'defendant' },
          {
            title: '负责人出庭',
            render: (_, a) =>
              !a.isRecorded ? (
                <Tag>未记录</Tag>
              ) : a.didHeadAppear ? (
                <Tag color="green">是</Tag>
              ) : (
                <Tag color="red">否</Tag>
              ),
          },
          { title: '出庭人员', render: (_, a) => a.personName ?? '—' },
          { title: '职务', render: (_, a) => a.personPost ?? '—' },
          { title: '属于负责人', render: (_, a) => yesNo(a.countsAsHead) },
          { title: '出庭出声', render: (_, a) => yesNo(a.didSpeak) },
        ]}
      />
      <Typography.Title level={5}>三、{monthLabel(content.previousMonth)}生效裁判情况</Typography.Title>
      <Table
        size="small"
        rowKey="caseId"
        pagination={false}
        dataSource={content.judgments}
        locale={{ emptyText: '上月无生效裁判' }}
        columns={[
          { title: '案号', dataIndex: 'caseNumber' },
          { title: '被告', render: (_, j) => j.defendants.join('、') },
          { title: '裁判类型', dataIndex: 'kind' },
          { title: '裁判结果', dataIndex: 'result' },
          {
            title: '行政机关败诉',
            render: (_, j) => (j.isLost ? <Tag color="red">是</Tag> : yesNo(j.isLost)),
          },
          { title: '生效日期', dataIndex: 'effectiveOn' },
        ]}
      />
    </>
  );
}
