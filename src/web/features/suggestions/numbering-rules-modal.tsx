// 文号规则: the legal-affairs office's numbering pattern for each kind it issues
// (a court's judicial suggestions are numbered from its 法院代字 without one).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Space, Table } from 'antd';
import { documentPatternProblem } from '../../../shared/api/letters';
import {
  SUGGESTION_KIND_LABELS,
  SUGGESTION_KIND_RULES,
  type SuggestionKind,
} from '../../../shared/domain/suggestions';
import { messageOf } from '../../lib/api-client';
import { applyServerErrors } from '../cases/form-errors';
import { fetchSeries, saveSeries, suggestionKeys } from './suggestions-api';

function PatternForm({ code, pattern }: { code: string; pattern: string | null }) {
  const [form] = Form.useForm<{ pattern: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (value: string) => saveSeries(code, value),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: suggestionKeys.series });
      message.success(`已保存，下一个文号为 ${saved.nextDocumentNumber}`);
    },
    onError: (error) => {
      applyServerErrors(form, error);
      message.error(messageOf(error));
    },
  });
  return (
    <Form
      name={`series-${code}`}
      form={form}
      layout="inline"
      initialValues={{ pattern: pattern ?? '' }}
      onFinish={(values) => save.mutate(values.pattern.trim())}
    >
      <Space>
        <Form.Item
          name="pattern"
          rules={[
            { required: true, message: '请填写文号规则' },
            {
              validator: async (_, v: string) => {
                const p = v ? documentPatternProblem(v.trim()) : null;
                if (p) throw new Error(p);
              },
            },
          ]}
        >
          <Input placeholder="如 柯司提〔{year}〕{n}号" style={{ width: 240 }} />
        </Form.Item>
        <Button htmlType="submit" loading={save.isPending}>
          保存
        </Button>
      </Space>
    </Form>
  );
}

export function NumberingRulesModal(props: { kinds: SuggestionKind[]; open: boolean; onClose: () => void }) {
  const series = useQuery({ queryKey: suggestionKeys.series, queryFn: fetchSeries, enabled: props.open });
  const rows = props.kinds
    .filter((k) => SUGGESTION_KIND_RULES[k].origin === 'issued' && k !== 'judicial')
    .map((k) => {
      const code = SUGGESTION_KIND_RULES[k].seriesCode!;
      const current = series.data?.find((s) => s.code === code);
      return {
        kind: k,
        code,
        pattern: current?.pattern ?? null,
        next: current?.nextDocumentNumber ?? '未设置',
      };
    });
  return (
    <Modal
      open={props.open}
      title="文号规则"
      footer={null}
      width={760}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        loading={series.isLoading}
        dataSource={rows}
        columns={[
          {
            title: '种类',
            dataIndex: 'kind',
            width: 150,
            render: (k: SuggestionKind) => SUGGESTION_KIND_LABELS[k],
          },
          { title: '下一个文号', dataIndex: 'next', width: 160 },
          {
            title: '规则（{year} 年份，{n} 序号）',
            key: 'pattern',
            render: (_: unknown, row) =>
              series.isLoading ? null : <PatternForm code={row.code} pattern={row.pattern} />,
          },
        ]}
      />
    </Modal>
  );
}
