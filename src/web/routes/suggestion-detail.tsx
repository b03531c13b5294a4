// 建议与函件 · 详情: the paper, its due date explained like a case deadline, the
// reply, the timeline (issued, reminders, escalations, reply, follow-ups), the
// papers; the addressee's reply and rectification, the office's follow-up.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Spin, Table, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { SuggestionDetail } from '../../shared/api/suggestions';
import { formatDateTime } from '../components/format';
import { ReplyModal } from '../features/suggestions/reply-modal';
import { FollowUpForm, RectificationModal, UploadPaper } from '../features/suggestions/suggestion-side-forms';
import { SuggestionStatusTag } from '../features/suggestions/suggestion-tags';
import { fetchSuggestion, suggestionKeys } from '../features/suggestions/suggestions-api';
import { messageOf } from '../lib/api-client';

function DueExplanation({ detail }: { detail: SuggestionDetail }) {
  if (!detail.due) return <Typography.Text type="secondary">未设答复期限</Typography.Text>;
  return (
    <Space orientation="vertical" size={4}>
      <Typography.Text>{detail.due.explanation}</Typography.Text>
      {detail.due.steps.length > 0 && (
        <Typography.Text type="secondary">
          {detail.due.steps.map((s) => `${s.date} ${s.note}`).join('；')}
        </Typography.Text>
      )}
      {detail.due.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
    </Space>
  );
}

export function SuggestionDetailPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const [replying, setReplying] = useState(search.get('reply') === '1');
  const [rectifying, setRectifying] = useState(false);
  const query = useQuery({ queryKey: suggestionKeys.detail(id), queryFn: () => fetchSuggestion(id) });
  if (query.isLoading) return <Spin />;
  if (query.error || !query.data) {
    return (
      <Alert
        type="error"
        showIcon
        title={query.error ? messageOf(query.error) : '建议与函件不存在或无权查看'}
      />
    );
  }
  const detail = query.data;
  const { abilities } = detail;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span>{detail.documentNumber}</span>
            <SuggestionStatusTag item={detail} />
          </Space>
        }
        extra={
          <Space>
            <Link to="/suggestions">返回登记簿</Link>
            {abilities.reply && (
              <Button type="primary" onClick={() => setReplying(true)}>
                答复
              </Button>
            )}
            {abilities.rectify && <Button onClick={() => setRectifying(true)}>登记整改完成</Button>}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label="种类">{detail.kindLabel}</Descriptions.Item>
          <Descriptions.Item label="标题">{detail.title}</Descriptions.Item>
          <Descriptions.Item label="制发单位">{detail.issuer.name}</Descriptions.Item>
          <Descriptions.Item label="主送单位">{detail.addressee.name}</Descriptions.Item>
          <Descriptions.Item label="抄送单位">
            {detail.copies.length === 0
              ? '—'
              : detail.copies.map((c) => `${c.name}${c.isAutomatic ? '（自动）' : ''}`).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label="关联案件">
            {detail.case ? <Link to={`/cases/${detail.case.id}`}>{detail.case.caseNumber}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="制发日期">{detail.issuedOn}</Descriptions.Item>
          <Descriptions.Item label="送达日期">{detail.servedOn}</Descriptions.Item>
          <Descriptions.Item label="答复期限" span={2}>
            <DueExplanation detail={detail} />
          </Descriptions.Item>
          <Descriptions.Item label="主要内容" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {detail.content}
            </Typography.Paragraph>
            {detail.letterDownloadUrl && <a href={detail.letterDownloadUrl}>下载建议书（Word）</a>}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {detail.reply && (
        <Card title="答复">
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label="答复日期">
              {detail.reply.repliedOn}（{detail.reply.isOnTime ? '按期' : '逾期'}）
            </Descriptions.Item>
            <Descriptions.Item label="采纳情况">{detail.reply.adoptionLabel}</Descriptions.Item>
            {detail.reply.adoptionReason && (
              <Descriptions.Item label="理由" span={2}>
                {detail.reply.adoptionReason}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="答复内容" span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {detail.reply.content}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label="整改措施">
              {detail.reply.rectificationMeasures ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="整改完成">{detail.reply.rectifiedOn ?? '未完成'}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <Card title="时间线">
        <Timeline
          items={detail.timeline.map((e) => ({
            color:
              e.type === 'escalated'
                ? 'red'
                : e.type === 'reminded'
                  ? 'orange'
                  : e.type === 'replied'
                    ? 'green'
                    : 'blue',
            content: (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>
                  {e.label} · {formatDateTime(e.occurredAt)}
                </Typography.Text>
                <Typography.Text>{e.description}</Typography.Text>
                {e.actorName && (
                  <Typography.Text type="secondary">
                    {e.actorOrgName ? `${e.actorOrgName} ` : ''}
                    {e.actorName}
                  </Typography.Text>
                )}
              </Space>
            ),
          }))}
        />
        {abilities.followUp && <FollowUpForm detail={detail} />}
      </Card>
      <Card title="材料" extra={abilities.attach && <UploadPaper detail={detail} />}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={detail.files}
          locale={{ emptyText: '暂无材料' }}
          columns={[
            { title: '类别', dataIndex: 'categoryLabel', width: 150 },
            {
              title: '文件',
              dataIndex: 'fileName',
              render: (name: string, row) => <a href={row.downloadUrl}>{name}</a>,
            },
            {
              title: '上传时间',
              dataIndex: 'createdAt',
              width: 170,
              render: (v: string) => formatDateTime(v),
            },
          ]}
        />
      </Card>
      <ReplyModal detail={detail} open={replying && abilities.reply} onClose={() => setReplying(false)} />
      <RectificationModal detail={detail} open={rectifying} onClose={() => setRectifying(false)} />
    </Space>
  );
}
