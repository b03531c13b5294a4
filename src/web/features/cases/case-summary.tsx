// The head of the case page: what the case is, who the parties are (ID
// numbers masked as the server gives them), and the other instances of the
// same dispute.
import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { CaseDetail, partyViewSchema } from '../../../shared/api/cases';
import {
  CASE_INSTANCE_LABELS,
  JUDGMENT_KIND_LABELS,
  JUDGMENT_RESULT_LABELS,
  LOSS_REASON_LABELS,
  SERVICE_MANNER_LABELS,
} from '../../../shared/domain/cases/vocabulary';
import { label, PARTY_KIND_LABELS } from './case-options';
import { StageTag } from './case-tags';

type Party = z.infer<typeof partyViewSchema>;

function serviceText(detail: CaseDetail): string {
  if (!detail.serviceDate) return '尚未记录送达';
  const parts = [detail.serviceDate];
  if (detail.serviceManner) parts.push(label(SERVICE_MANNER_LABELS, detail.serviceManner));
  if (detail.serviceSignedBy) parts.push(`签收人 ${detail.serviceSignedBy}`);
  return parts.join('，');
}

function JudgmentText({ judgment }: { judgment: NonNullable<CaseDetail['judgment']> }) {
  return (
    <Space wrap size={4}>
      <span>
        {label(JUDGMENT_KIND_LABELS, judgment.kind)}：{label(JUDGMENT_RESULT_LABELS, judgment.result)}（
        {judgment.servedOn} 送达）
      </span>
      {judgment.isLost ? <Tag color="red">败诉</Tag> : <Tag color="green">未败诉</Tag>}
      {judgment.lossReasons.map((reason) => (
        <Tag key={reason}>{label(LOSS_REASON_LABELS, reason)}</Tag>
      ))}
      {judgment.requiresPerformance && <Tag color="gold">需要履行</Tag>}
    </Space>
  );
}

export function CaseSummaryView({ detail }: { detail: CaseDetail }) {
  const items = [
    { key: 'court', label: '审理法院', children: detail.court.name },
    { key: 'instance', label: '审级', children: CASE_INSTANCE_LABELS[detail.instance] },
    { key: 'stage', label: '阶段', children: <StageTag stage={detail.stage} /> },
    { key: 'cause', label: '案由', children: detail.cause.label },
    { key: 'domain', label: '管理领域', children: detail.domain.label },
    { key: 'filedOn', label: '立案日期', children: detail.filedOn ?? '—' },
    { key: 'subject', label: '被诉行政行为', children: detail.subject, span: 3 },
    { key: 'claims', label: '诉讼请求', children: detail.claims ?? '—', span: 3 },
    { key: 'service', label: '送达', children: serviceText(detail) },
    { key: 'defendants', label: '被告', children: detail.defendants.map((d) => d.name).join('、'), span: 2 },
    {
      key: 'head',
      label: '出庭负责人',
      children: detail.designatedHead
        ? `${detail.designatedHead.name}（${detail.designatedHead.post}${detail.designatedHead.countsAsHead ? '' : '，不属于负责人'}）`
        : '尚未确定',
      span: 3,
    },
    {
      key: 'judgment',
      label: '裁判',
      children: detail.judgment ? <JudgmentText judgment={detail.judgment} /> : '尚未裁判',
      span: 3,
    },
    { key: 'effectiveOn', label: '生效日期', children: detail.effectiveOn ?? '—' },
    { key: 'performedOn', label: '履行日期', children: detail.performedOn ?? '—' },
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2, lg: 3 }} items={items} />;
}

export function CaseParties({ parties }: { parties: Party[] }) {
  return (
    <Table<Party>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={parties}
      columns={[
        { title: '诉讼地位', key: 'role', render: (_, p) => (p.role === 'plaintiff' ? '原告' : '第三人') },
        { title: '姓名或名称', dataIndex: 'name' },
        { title: '类别', key: 'kind', render: (_, p) => PARTY_KIND_LABELS[p.kind] },
        {
          title: '证件号码',
          key: 'id',
          render: (_, p) =>
            p.idNumberMasked ? `身份证号 ${p.idNumberMasked}` : p.uscc ? `统一社会信用代码 ${p.uscc}` : '—',
        },
      ]}
    />
  );
}

export function RelatedCases({ detail }: { detail: CaseDetail }) {
  if (!detail.previousCase && detail.relatedCases.length === 0) {
    return <Typography.Text type="secondary">无其他审级</Typography.Text>;
  }
  return (
    <Space orientation="vertical" size={4}>
      {detail.previousCase && (
        <span>
          前审：<Link to={`/cases/${detail.previousCase.id}`}>{detail.previousCase.caseNumber}</Link>
        </span>
      )}
      {detail.relatedCases
        .filter((c) => c.id !== detail.previousCase?.id)
        .map((c) => (
          <span key={c.id}>
            {CASE_INSTANCE_LABELS[c.instance]}：<Link to={`/cases/${c.id}`}>{c.caseNumber}</Link>
          </span>
        ))}
    </Space>
  );
}
