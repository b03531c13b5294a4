// 开庭与出庭: each hearing with its status and, per defendant, who appeared —
// the head (post, counts as 负责人, spoke), the agents, or for an absence the
// excuse, its proof and the court's decision (法释〔2020〕3号).
import { Alert, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { appearanceViewSchema, CaseDetail } from '../../../shared/api/cases';
import { AGENT_KIND_LABELS, COURT_DECISION_LABELS } from '../../../shared/domain/cases/vocabulary';
import { formatDateTime } from '../../components/format';

type Appearance = z.infer<typeof appearanceViewSchema>;
type Hearing = CaseDetail['hearings'][number];

const HEARING_STATUS: Record<Hearing['status'], { text: string; color: string }> = {
  scheduled: { text: '已排期', color: 'blue' },
  held: { text: '已开庭', color: 'green' },
  cancelled: { text: '已取消', color: 'default' },
};

const yesNo = (value: boolean) => (value ? '是' : '否');

function AppearanceTable({ appearances }: { appearances: Appearance[] }) {
  return (
    <Table<Appearance>
      size="small"
      rowKey={(a) => `${a.eventId}`}
      pagination={false}
      dataSource={appearances}
      locale={{ emptyText: '尚未记录出庭情况' }}
      scroll={{ x: 900 }}
      columns={[
        { title: '被告机关', key: 'defendant', render: (_, a) => a.defendant.name },
        {
          title: '负责人出庭',
          key: 'didHeadAppear',
          render: (_, a) => (
            <Tag color={a.didHeadAppear ? 'green' : 'red'}>{a.didHeadAppear ? '出庭' : '未出庭'}</Tag>
          ),
        },
        {
          title: '出庭人员',
          key: 'person',
          render: (_, a) =>
            a.personName ? `${a.personName}${a.personPost ? `（${a.personPost}）` : ''}` : '—',
        },
        {
          title: '属于负责人',
          key: 'countsAsHead',
          render: (_, a) => (a.didHeadAppear ? yesNo(a.countsAsHead) : '—'),
        },
        { title: '出庭出声', key: 'didSpeak', render: (_, a) => (a.didHeadAppear ? yesNo(a.didSpeak) : '—') },
        {
          title: '代理人',
          key: 'agents',
          render: (_, a) =>
            a.agents.length === 0
              ? '—'
              : a.agents.map((g) => `${g.name}（${AGENT_KIND_LABELS[g.kind]}）`).join('、'),
        },
        {
          title: '未出庭理由与审查',
          key: 'absence',
          render: (_, a) =>
            a.didHeadAppear ? (
              '—'
            ) : (
              <Space orientation="vertical" size={0}>
                <span>理由：{a.absenceExcuse ?? '未填写'}</span>
                <span>证明：{a.absenceProof ?? '未提供'}</span>
                <span>法院：{a.courtDecision ? COURT_DECISION_LABELS[a.courtDecision] : '未记录'}</span>
              </Space>
            ),
        },
      ]}
    />
  );
}

export function CaseHearings({ detail }: { detail: CaseDetail }) {
  const head = detail.designatedHead;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'head',
            label: '出庭负责人',
            children: head ? (
              <Space size={4}>
                <span>{`${head.name}（${head.post}）`}</span>
                <Tag color={head.countsAsHead ? 'green' : 'orange'}>
                  {head.countsAsHead ? '属于负责人' : '不属于负责人'}
                </Tag>
              </Space>
            ) : (
              <Typography.Text type="warning">尚未确定</Typography.Text>
            ),
          },
        ]}
      />
      {detail.hearings.length === 0 && <Empty description="尚未安排开庭" />}
      {detail.hearings.map((hearing) => (
        <Card
          key={hearing.eventId}
          size="small"
          title={
            <Space wrap>
              <span>开庭 {formatDateTime(hearing.scheduledAt)}</span>
              <Tag color={HEARING_STATUS[hearing.status].color}>{HEARING_STATUS[hearing.status].text}</Tag>
              {hearing.isHeadRequested && <Tag color="purple">法院要求负责人出庭</Tag>}
            </Space>
          }
        >
          {hearing.isAtRisk && (
            <Alert
              type="error"
              showIcon
              title="开庭在即，尚未确定出庭负责人"
              description="请尽快确定出庭负责人（法释〔2020〕3号）"
              style={{ marginBottom: 12 }}
            />
          )}
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'room', label: '法庭', children: hearing.courtRoom ?? '—' },
              { key: 'judge', label: '审判人员', children: hearing.judge ?? '—' },
              { key: 'notice', label: '收到开庭通知', children: hearing.noticeReceivedOn ?? '—' },
            ]}
          />
          <AppearanceTable appearances={hearing.appearances} />
        </Card>
      ))}
    </Space>
  );
}
