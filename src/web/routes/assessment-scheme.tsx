// 考核方案: new (/assessment/schemes/new) or edit (/assessment/schemes/:id),
// with the versions. Editing a version already used to compute results makes
// a new version; the results keep the version they were computed with.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { SchemeDetail, SchemeInput } from '../../shared/api/assessment';
import { formatDateTime } from '../components/format';
import { useReportError } from '../components/use-report-error';
import {
  assessmentKeys,
  createScheme,
  fetchScheme,
  updateScheme,
} from '../features/assessment/assessment-api';
import { EMPTY_SCHEME, placeSchemeErrors, SchemeFields } from '../features/assessment/scheme-form';
import { SchemeRules } from '../features/assessment/scheme-rules';

const inputOf = (scheme: SchemeDetail): SchemeInput => ({
  name: scheme.name,
  year: scheme.year,
  baseScore: scheme.rules.baseScore,
  items: scheme.rules.items.map(({ indicatorId, weight, target, floor, noData }) => ({
    indicatorId,
    weight,
    target,
    floor,
    noData,
  })) as SchemeInput['items'],
  deductions: scheme.rules.deductions.map(({ kind, pointsEach, cap }) => ({ kind, pointsEach, cap })),
  grades: scheme.rules.grades,
});

function SchemeEditor({ scheme }: { scheme: SchemeDetail | null }) {
  const [form] = Form.useForm<SchemeInput>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const report = useReportError();
  const save = useMutation({
    mutationFn: (values: SchemeInput) =>
      scheme ? updateScheme(scheme.id, { ...values, revision: scheme.revision }) : createScheme(values),
    onSuccess: (saved) => {
      setUnplaced([]);
      queryClient.invalidateQueries({ queryKey: assessmentKeys.all });
      queryClient.setQueryData(assessmentKeys.scheme(saved.id), saved);
      if (!scheme) navigate(`/assessment/schemes/${saved.id}`, { replace: true });
    },
    onError: (error) => {
      setUnplaced(placeSchemeErrors(form, error));
      report(error);
    },
  });
  const canEdit = !scheme || scheme.abilities.canEdit;
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={scheme ? inputOf(scheme) : EMPTY_SCHEME}
      disabled={!canEdit}
      onFinish={(values) => save.mutate(values)}
    >
      {unplaced.map((message) => (
        <Alert key={message} type="error" showIcon title={message} style={{ marginBottom: 12 }} />
      ))}
      {scheme?.isCurrentVersionUsed && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`第${scheme.currentVersion}版已用于计算考核结果：保存修改将生成第${scheme.currentVersion + 1}版，已有结果不变。`}
        />
      )}
      <SchemeFields />
      {canEdit && (
        <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }}>
          保存方案
        </Button>
      )}
    </Form>
  );
}

export function AssessmentSchemePage() {
  const { id } = useParams();
  const isNew = !id || id === 'new';
  const scheme = useQuery({
    queryKey: assessmentKeys.scheme(id ?? 'new'),
    queryFn: () => fetchScheme(id!),
    enabled: !isNew,
  });
  if (!isNew && !scheme.data)
    return <Card loading={scheme.isLoading}>{scheme.isError && '考核方案不存在或无权查看'}</Card>;
  const data = scheme.data ?? null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>
        {data ? `${data.name}（第${data.currentVersion}版）` : '新建考核方案'}
      </Typography.Title>
      <Card>
        <SchemeEditor key={data ? `${data.id}-${data.revision}` : 'new'} scheme={data} />
      </Card>
      {data && (
        <Card title="版本">
          <Collapse
            items={data.versions.map((v) => ({
              key: v.version,
              label: `第${v.version}版 · ${v.name} · ${formatDateTime(v.createdAt)} · ${
                v.runCount > 0 ? `已用于${v.runCount}批考核结果（已冻结）` : '未使用'
              }`,
              children: <SchemeRules rules={v.rules} />,
            }))}
          />
        </Card>
      )}
    </Space>
  );
}
