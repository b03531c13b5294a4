// 定期报告 · 详情: the figures as tables, the three narrative sections the
// coordinator edits, 刷新数据 and 发布 while a draft, 上报 for a county's
// published report, and the Word and Excel downloads. 发布 waits for the
// period's end (the server says why in publishRefusal); after 刷新数据 the
// sections the coordinator had changed, kept as written, are named for review.
import { DownloadOutlined, ReloadOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { Narrative, PeriodicReport, ReportRefresh } from '../../shared/api/periodic-reports';
import { NARRATIVE_SECTION_LABELS, NARRATIVE_SECTIONS } from '../../shared/domain/periodic-reports';
import { formatDateTime } from '../components/format';
import { useReportError } from '../components/use-report-error';
import {
  getPeriodicReport,
  periodicReportKeys,
  publishPeriodicReport,
  refreshPeriodicReport,
  reportDocxUrl,
  reportXlsxUrl,
  saveNarrative,
  submitPeriodicReport,
} from '../features/periodic-reports/periodic-reports-api';
import { ReportDataTables } from '../features/periodic-reports/report-data-tables';
import { messageOf } from '../lib/api-client';

export function PeriodicReportDetailPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const reportError = useReportError();
  const report = useQuery({ queryKey: periodicReportKeys.detail(id), queryFn: () => getPeriodicReport(id) });
  const store = (next: PeriodicReport) => {
    queryClient.setQueryData(periodicReportKeys.detail(id), next);
    void queryClient.invalidateQueries({ queryKey: ['periodic-reports', 'list'] });
  };
  const reload = () => queryClient.invalidateQueries({ queryKey: periodicReportKeys.detail(id) });
  const submit = useMutation({
    mutationFn: () => submitPeriodicReport(id),
    onSuccess: (next) => {
      store(next);
      message.success(`已上报${next.submitsTo?.name ?? '上级'}`);
    },
    onError: (error) => reportError(error, { onConflict: reload }),
  });

  if (report.error) return <Alert type="error" showIcon title={messageOf(report.error)} />;
  const r = report.data;
  if (!r) return <Card loading />;
  return (
    <Card
      title={
        <Space wrap>
          {`${r.region.name.replace(/人民政府$/, '')}${r.periodLabel}${r.kindLabel}`}
          <Tag color={r.status === 'published' ? 'green' : 'default'}>{r.statusLabel}</Tag>
          {r.submittedAt && <Tag color="blue">已上报</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={reportDocxUrl(r.id)}>
            {r.status === 'published' ? '下载Word' : '预览Word'}
          </Button>
          <Button icon={<DownloadOutlined />} href={reportXlsxUrl(r.id)}>
            导出Excel
          </Button>
          {r.abilities.submit && (
            <Popconfirm
              title={`上报${r.submitsTo?.name ?? '上级'}？`}
              description="每份报告只能上报一次。"
              okText="上报"
              cancelText="取消"
              onConfirm={() => submit.mutate()}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={submit.isPending}>
                上报
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="统计期间">
            {r.from} 至 {r.to}
          </Descriptions.Item>
          <Descriptions.Item label="文号">{r.documentNumber ?? '发布时编号'}</Descriptions.Item>
          <Descriptions.Item label="编制">
            {r.issuer.name} {r.createdByName} {formatDateTime(r.createdAt)}
          </Descriptions.Item>
          <Descriptions.Item label="数据生成于">{formatDateTime(r.refreshedAt)}</Descriptions.Item>
          <Descriptions.Item label="发布">
            {r.publishedAt ? `${formatDateTime(r.publishedAt)} ${r.publishedByName ?? ''}` : '尚未发布'}
          </Descriptions.Item>
          {r.submitsTo && (
            <Descriptions.Item label={`上报${r.submitsTo.name}`}>
              {r.submittedAt ? `${formatDateTime(r.submittedAt)} ${r.submittedByName ?? ''}` : '尚未上报'}
            </Descriptions.Item>
          )}
        </Descriptions>
        {r.abilities.edit && r.publishRefusal && (
          <Alert
            type="info"
            showIcon
            title={`${r.publishRefusal}。现在可以先修改文字、刷新数据，期间结束后刷新数据再发布。`}
          />
        )}
        <NarrativeEditor report={r} onSaved={store} onConflict={reload} />
        <ReportDataTables tables={r.tables} />
      </Space>
    </Card>
  );
}

function NarrativeEditor(props: {
  report: PeriodicReport;
  onSaved: (r: PeriodicReport) => void;
  onConflict: () => void;
}) {
  const { report } = props;
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Narrative>();
  // What the last 刷新数据 said about the sections kept as the coordinator wrote them, until saved.
  const [review, setReview] = useState<ReportRefresh | null>(null);
  useEffect(() => form.setFieldsValue(report.narrative), [form, report.narrative]);
  const isChanged = () =>
    NARRATIVE_SECTIONS.some((s) => (form.getFieldValue(s) ?? '') !== report.narrative[s]);
  const save = useMutation({
    mutationFn: () => saveNarrative(report.id, form.getFieldsValue(), report.version),
    onSuccess: (next) => {
      props.onSaved(next);
      setReview(null);
      message.success('文字部分已保存');
    },
    onError: (error) => reportError(error, { form, onConflict: props.onConflict }),
  });
  const refresh = useMutation({
    mutationFn: () => refreshPeriodicReport(report.id, report.version),
    onSuccess: ({ refresh: outcome, ...next }) => {
      props.onSaved(next);
      setReview(outcome.needsReview.length > 0 ? outcome : null);
      if (!outcome.figuresChanged) message.success('已刷新，数据没有变化');
      else if (outcome.redrafted.length > 0) {
        const names = outcome.redrafted.map((s) => `“${NARRATIVE_SECTION_LABELS[s]}”`).join('、');
        message.success(`已按最新数据刷新统计表，并重新生成了${names}`);
      } else message.success('已按最新数据刷新统计表');
    },
    onError: (error) => reportError(error, { onConflict: props.onConflict }),
  });
  const publish = useMutation({
    mutationFn: async () => {
      // Unsaved words are saved first, so what is published is what is on screen.
      const current = isChanged()
        ? await saveNarrative(report.id, form.getFieldsValue(), report.version)
        : report;
      return publishPeriodicReport(report.id, current.version);
    },
    onSuccess: (next) => {
      props.onSaved(next);
      setReview(null);
      message.success(`报告已发布：${next.documentNumber ?? ''}`);
    },
    onError: (error) => reportError(error, { form, onConflict: props.onConflict }),
  });

  if (!report.abilities.edit) {
    return (
      <div>
        {NARRATIVE_SECTIONS.map((s, i) => (
          <div key={s}>
            <Typography.Title level={5}>
              {'一二三'[i]}、{NARRATIVE_SECTION_LABELS[s]}
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {report.narrative[s]}
            </Typography.Paragraph>
          </div>
        ))}
      </div>
    );
  }
  return (
    <Form form={form} layout="vertical" initialValues={report.narrative}>
      {review?.warning && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setReview(null)}
          style={{ marginBottom: 16 }}
          title={review.warning}
        />
      )}
      {NARRATIVE_SECTIONS.map((s, i) => {
        const needsReview = review?.needsReview.includes(s) ?? false;
        return (
          <Form.Item
            key={s}
            name={s}
            label={`${'一二三'[i]}、${NARRATIVE_SECTION_LABELS[s]}`}
            validateStatus={needsReview ? 'warning' : undefined}
            help={needsReview ? '您修改过此部分，刷新后数据有变化，请核对其中的数字' : undefined}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={10000} />
          </Form.Item>
        );
      })}
      <Space wrap>
        <Button onClick={() => save.mutate()} loading={save.isPending}>
          保存文字
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => refresh.mutate()} loading={refresh.isPending}>
          刷新数据
        </Button>
        {report.abilities.publish ? (
          <Popconfirm
            title="发布报告？"
            description={
              review?.warning
                ? '有修改过的文字部分可能与刷新后的数据不一致，发布后将编号并归档，不能再修改。'
                : '发布后将编号并归档，不能再修改。'
            }
            okText="发布"
            cancelText="取消"
            onConfirm={() => publish.mutate()}
          >
            <Button type="primary" icon={<SendOutlined />} loading={publish.isPending}>
              发布
            </Button>
          </Popconfirm>
        ) : (
          report.publishRefusal && (
            <Tooltip title={report.publishRefusal}>
              <Button type="primary" icon={<SendOutlined />} disabled>
                发布
              </Button>
            </Tooltip>
          )
        )}
      </Space>
    </Form>
  );
}
