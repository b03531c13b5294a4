// 三通报 · 详情: the tables and the narrative. The court's liaison edits the
// narrative, refreshes the data and sends it (read-only afterwards); a
// recipient office's reader signs for it on opening; anyone who may read it
// downloads the Word file.
import { DownloadOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Input, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { type MonthlyReport, RECIPIENT_ROLE_LABELS } from '../../shared/api/monthly-reports';
import { formatDateTime } from '../components/format';
import { useReportError } from '../components/use-report-error';
import {
  getReport,
  markReportRead,
  refreshReport,
  reportDocxUrl,
  reportKeys,
  sendReport,
  updateNarrative,
} from '../features/monthly-reports/monthly-reports-api';
import { ReportStatusTag } from '../features/monthly-reports/report-status-tag';
import { ReportTables } from '../features/monthly-reports/report-tables';
import { messageOf } from '../lib/api-client';

export function MonthlyReportDetailPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const report = useQuery({ queryKey: reportKeys.detail(id), queryFn: () => getReport(id) });
  const store = (next: MonthlyReport) => {
    queryClient.setQueryData(reportKeys.detail(id), next);
    void queryClient.invalidateQueries({ queryKey: ['monthly-reports', 'list'] });
  };
  // Opening a sent report signs for the reader's office, once.
  const signed = useRef(false);
  const canSign = report.data?.abilities.markRead === true;
  // biome-ignore lint/correctness/useExhaustiveDependencies: sign once per opening
  useEffect(() => {
    if (!canSign || signed.current) return;
    signed.current = true;
    markReportRead(id).then(store, () => {});
  }, [canSign, id]);

  if (report.error) return <Alert type="error" showIcon title={messageOf(report.error)} />;
  const r = report.data;
  if (!r) return <Card loading />;
  const title = `${r.court.name} ${r.month.slice(0, 4)}年${Number(r.month.slice(5, 7))}月三通报`;
  return (
    <Card
      title={
        <Space>
          {title}
          <ReportStatusTag status={r.status} isOverdue={r.isOverdue} />
        </Space>
      }
      extra={
        r.abilities.read && (
          <Button icon={<DownloadOutlined />} href={reportDocxUrl(r.id)}>
            下载Word
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {r.isOverdue && <Alert type="warning" showIcon title={`已超过报送期限（${r.dueOn}），尚未报送`} />}
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="报送期限">{r.dueOn}</Descriptions.Item>
          <Descriptions.Item label="报送">
            {r.sentAt ? `${formatDateTime(r.sentAt)} ${r.sentByName ?? ''}` : '尚未报送'}
          </Descriptions.Item>
          <Descriptions.Item label="数据生成于">{formatDateTime(r.refreshedAt)}</Descriptions.Item>
          <Descriptions.Item label="接收单位">
            <Space orientation="vertical" size={0}>
              {r.recipients.length === 0 && '未找到同级司法局'}
              {r.recipients.map((x) => (
                <span key={x.organisation.id}>
                  {RECIPIENT_ROLE_LABELS[x.role]}：{x.organisation.name}{' '}
                  <Typography.Text type="secondary">
                    {x.readAt ? `（${x.readByName ?? ''} 于 ${formatDateTime(x.readAt)} 已阅）` : '（未阅）'}
                  </Typography.Text>
                </span>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        {r.content ? (
          <>
            <ReportTables content={r.content} />
            <Narrative report={r} onSaved={store} />
          </>
        ) : (
          <Alert type="info" showIcon title="法院尚未报送本月三通报，报送后可查看内容" />
        )}
      </Space>
    </Card>
  );
}

function Narrative({ report, onSaved }: { report: MonthlyReport; onSaved: (r: MonthlyReport) => void }) {
  const { message } = App.useApp();
  const reportError = useReportError();
  const queryClient = useQueryClient();
  const [text, setText] = useState(report.narrative ?? '');
  useEffect(() => setText(report.narrative ?? ''), [report.narrative]);
  const reload = () => queryClient.invalidateQueries({ queryKey: reportKeys.detail(report.id) });
  const save = useMutation({
    mutationFn: () => updateNarrative(report.id, text, report.version),
    onSuccess: (next) => {
      onSaved(next);
      message.success('说明已保存');
    },
    onError: (error) => reportError(error, { onConflict: reload }),
  });
  const refresh = useMutation({
    mutationFn: () => refreshReport(report.id, report.version),
    onSuccess: (next) => {
      onSaved(next);
      message.success('已按最新的案件数据重新生成表格');
    },
    onError: (error) => reportError(error, { onConflict: reload }),
  });
  const send = useMutation({
    mutationFn: async () => {
      // Unsaved words are saved first, so what is sent is what is on screen.
      const current =
        text !== (report.narrative ?? '') ? await updateNarrative(report.id, text, report.version) : report;
      return sendReport(report.id, current.version);
    },
    onSuccess: (next) => {
      onSaved(next);
      message.success('三通报已报送');
    },
    onError: (error) => reportError(error, { onConflict: reload }),
  });

  if (!report.abilities.edit) {
    return (
      <>
        <Typography.Title level={5}>四、说明</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{report.narrative}</Typography.Paragraph>
      </>
    );
  }
  return (
    <>
      <Typography.Title level={5}>四、说明</Typography.Title>
      <Input.TextArea
        aria-label="说明"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 4, maxRows: 12 }}
        maxLength={5000}
        showCount
      />
      <Space>
        <Button onClick={() => save.mutate()} loading={save.isPending} disabled={text === report.narrative}>
          保存说明
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => refresh.mutate()} loading={refresh.isPending}>
          更新数据
        </Button>
        <Popconfirm
          title="报送后不能再修改，确定报送？"
          okText="报送"
          cancelText="取消"
          onConfirm={() => send.mutate()}
          disabled={!report.abilities.send}
        >
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={send.isPending}
            disabled={!report.abilities.send}
          >
            报送
          </Button>
        </Popconfirm>
      </Space>
    </>
  );
}
