// 编辑法院信息, or 登记法院信息 for a court organisation that has none yet: 法院代字 (checked
// by the 案号 rules as the user types), system code, level, region and dates.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Court, CourtFields } from '../../../shared/api/courts';
import {
  COURT_LEVEL_LABELS,
  COURT_LEVELS,
  type CourtLevel,
  courtCodeProblem,
  courtLevelProblem,
  levelOfCourtCode,
} from '../../../shared/domain/jurisdiction';
import { useReportError } from '../../components/use-report-error';
import { regionCodeRules } from '../orgs/org-form-modal';
import { courtKeys, createCourt, listUnregisteredCourts, updateCourt } from './courts-api';

export type CourtFormTarget = { mode: 'create' } | { mode: 'edit'; court: Court };

interface CourtFormValues {
  organisationId?: string;
  courtCode: string;
  systemCode?: string;
  level: CourtLevel;
  regionCode: string;
  effectiveFrom?: Dayjs | null;
  obsoleteFrom?: Dayjs | null;
}

export const LEVEL_OPTIONS = COURT_LEVELS.map((level) => ({
  value: level,
  label: COURT_LEVEL_LABELS[level],
}));

const toDate = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const fromDate = (value: string | null) => (value ? dayjs(value) : null);

interface CourtFormModalProps {
  target: CourtFormTarget | null;
  onClose: () => void;
}

export function CourtFormModal({ target, onClose }: CourtFormModalProps) {
  const [form] = Form.useForm<CourtFormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const editing = target?.mode === 'edit' ? target.court : null;
  const unregistered = useQuery({
    queryKey: courtKeys.unregistered,
    queryFn: listUnregisteredCourts,
    enabled: target?.mode === 'create',
  });

  const initialValues: Partial<CourtFormValues> | undefined = editing
    ? {
        courtCode: editing.courtCode,
        systemCode: editing.systemCode ?? '',
        level: editing.level,
        regionCode: editing.regionCode,
        effectiveFrom: fromDate(editing.effectiveFrom),
        obsoleteFrom: fromDate(editing.obsoleteFrom),
      }
    : undefined;

  const save = useMutation({
    mutationFn: (values: CourtFormValues) => {
      const fields: CourtFields = {
        courtCode: values.courtCode.trim(),
        systemCode: values.systemCode?.trim() ? values.systemCode.trim() : null,
        level: values.level,
        regionCode: values.regionCode.trim(),
        effectiveFrom: toDate(values.effectiveFrom),
        obsoleteFrom: toDate(values.obsoleteFrom),
      };
      return editing ? updateCourt(editing, fields) : createCourt(values.organisationId!, fields);
    },
    onSuccess: async (court) => {
      message.success(editing ? `已保存“${court.name}”` : `已登记“${court.name}”的法院信息`);
      await queryClient.invalidateQueries({ queryKey: courtKeys.all });
      onClose();
    },
    onError: (error) =>
      reportError(error, {
        form,
        onConflict: () => {
          void queryClient.invalidateQueries({ queryKey: courtKeys.all });
          onClose();
        },
      }),
  });

  return (
    <Modal
      open={target !== null}
      title={editing ? `编辑法院信息：${editing.name}` : '登记法院信息'}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        name="court-form"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        preserve={false}
        onFinish={(values) => save.mutate(values)}
      >
        {!editing && (
          <Form.Item
            name="organisationId"
            label="法院"
            rules={[{ required: true, message: '请选择法院' }]}
            extra="组织机构中类型为“法院”、尚未登记法院信息的机构"
          >
            <Select
              loading={unregistered.isLoading}
              notFoundContent="没有待登记的法院，请先在组织机构中新建法院"
              options={(unregistered.data?.items ?? []).map((o) => ({
                value: o.organisationId,
                label: o.name,
              }))}
              onChange={(id: string) => {
                const org = unregistered.data?.items.find((o) => o.organisationId === id);
                if (org) form.setFieldValue('regionCode', org.regionCode);
              }}
            />
          </Form.Item>
        )}
        <Form.Item
          name="courtCode"
          label="法院代字"
          extra="案号中的法院代字：最高法；浙（高级法院）；浙08（中级法院）；浙0825（基层法院）"
          rules={[
            { required: true, whitespace: true, message: '请填写法院代字' },
            {
              validator: async (_, value?: string) => {
                const problem = value?.trim() ? courtCodeProblem(value.trim()) : null;
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          <Input
            maxLength={10}
            onChange={(event) => {
              // Fill in the level the code stands for; the user may still change it.
              const level = levelOfCourtCode(event.target.value.trim());
              if (level) form.setFieldValue('level', level);
            }}
          />
        </Form.Item>
        <Form.Item
          name="level"
          label="层级"
          dependencies={['courtCode']}
          rules={[
            { required: true, message: '请选择层级' },
            ({ getFieldValue }) => ({
              validator: async (_, value?: CourtLevel) => {
                const code = String(getFieldValue('courtCode') ?? '').trim();
                const problem = value && code ? courtLevelProblem(code, value) : null;
                if (problem) throw new Error(problem);
              },
            }),
          ]}
        >
          <Select options={LEVEL_OPTIONS} />
        </Form.Item>
        <Form.Item
          name="systemCode"
          label="法院系统代码"
          extra="法院信息系统中的6位代码，如 320350；不知道可不填"
          rules={[{ pattern: /^\d{6}$/, message: '法院系统代码应为6位数字，如 320350' }]}
        >
          <Input maxLength={6} />
        </Form.Item>
        <Form.Item name="regionCode" label="所在行政区划代码" rules={regionCodeRules}>
          <Input maxLength={6} />
        </Form.Item>
        <Form.Item name="effectiveFrom" label="启用日期" extra="不填表示一直在用">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="obsoleteFrom"
          label="停用日期"
          extra="自该日起不再受理案件（如法院撤并）；不填表示仍在使用"
          dependencies={['effectiveFrom']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value?: Dayjs | null) => {
                const from = getFieldValue('effectiveFrom') as Dayjs | null | undefined;
                if (value && from && !value.isAfter(from, 'day')) throw new Error('停用日期应晚于启用日期');
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
