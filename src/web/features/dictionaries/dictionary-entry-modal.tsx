// 新增/编辑一项案由或管理领域: code (new entries only), name, order, disabled.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Switch } from 'antd';
import {
  DICTIONARY_CODE_PATTERN,
  DICTIONARY_KIND_LABELS,
  type DictionaryEntry,
  type DictionaryKind,
} from '../../../shared/api/dictionaries';
import { useReportError } from '../../components/use-report-error';
import { type DictionaryEntryValues, dictionaryKeys, saveDictionaryEntry } from './dictionaries-api';

export type DictionaryEntryTarget = { kind: DictionaryKind; entry: DictionaryEntry | null };

interface EntryFormValues extends DictionaryEntryValues {
  code: string;
}

interface DictionaryEntryModalProps {
  target: DictionaryEntryTarget | null;
  /** For a new entry: one more than the largest order in use, to land it last. */
  nextSortOrder: number;
  onClose: () => void;
}

export function DictionaryEntryModal({ target, nextSortOrder, onClose }: DictionaryEntryModalProps) {
  const [form] = Form.useForm<EntryFormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const entry = target?.entry ?? null;
  const kindLabel = target ? DICTIONARY_KIND_LABELS[target.kind] : '';
  const refresh = () => queryClient.invalidateQueries({ queryKey: dictionaryKeys.all });
  const save = useMutation({
    mutationFn: (values: EntryFormValues) =>
      saveDictionaryEntry(
        target!.kind,
        entry?.code ?? values.code.trim(),
        { label: values.label.trim(), sortOrder: values.sortOrder, disabled: values.disabled },
        entry,
      ),
    onSuccess: async (saved) => {
      message.success(`已保存${kindLabel}“${saved.label}”`);
      await refresh();
      onClose();
    },
    onError: (error) =>
      reportError(error, {
        form,
        onConflict: () => {
          void refresh();
          onClose();
        },
      }),
  });
  const initialValues = entry
    ? { code: entry.code, label: entry.label, sortOrder: entry.sortOrder, disabled: entry.disabled }
    : { code: '', label: '', sortOrder: nextSortOrder, disabled: false };
  return (
    <Modal
      open={target !== null}
      title={entry ? `编辑${kindLabel}：${entry.label}` : `新增${kindLabel}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        name="dictionary-entry"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="code"
          label="代码"
          extra={entry ? '代码保存后不能修改' : '小写字母、数字或连字符，如 land-taking；保存后不能修改'}
          normalize={(value?: string) => value?.toLowerCase()}
          rules={[
            { required: true, whitespace: true, message: '请填写代码' },
            {
              pattern: DICTIONARY_CODE_PATTERN,
              message: '代码应为2–40位小写字母、数字或连字符，并以字母开头',
            },
          ]}
        >
          <Input maxLength={40} disabled={entry !== null} />
        </Form.Item>
        <Form.Item
          name="label"
          label="名称"
          rules={[
            { required: true, whitespace: true, message: '请填写名称' },
            { min: 2, max: 30, message: '名称应为2–30个字符' },
          ]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="sortOrder"
          label="排序号"
          extra="小的在前"
          rules={[
            { required: true, type: 'integer', min: 0, max: 9999, message: '排序号应为0–9999之间的整数' },
          ]}
        >
          <InputNumber min={0} max={9999} precision={0} />
        </Form.Item>
        <Form.Item
          name="disabled"
          label="停用"
          valuePropName="checked"
          extra="停用后登记案件时不再可选；已登记的案件保留原值"
        >
          <Switch checkedChildren="停用" unCheckedChildren="启用" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
