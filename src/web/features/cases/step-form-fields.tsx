// The inputs of a step form, drawn from the step's field table: each field
// with its Chinese label, its rules, and its input (date, 是/否, list…).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { CaseDetail } from '../../../shared/api/cases';
import { chinaToday, formatDateTime } from '../../components/format';
import { AGENT_KIND_SELECT, type StepField, type StepSpec } from './step-fields';

export const notFuture = (date: Dayjs) => date.isAfter(chinaToday(), 'day');

const YES_NO = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];

function rulesOf(field: StepField): Rule[] {
  const rules: Rule[] = [];
  if (field.required) {
    // Only text takes `whitespace`: with it the validator would expect a string of a date or a 是/否 too.
    const isText = field.kind === 'text' || field.kind === 'textarea';
    rules.push(
      isText
        ? { required: true, whitespace: true, message: `请填写${field.label}` }
        : { required: true, message: `请选择${field.label}` },
    );
  }
  if (field.max) rules.push({ max: field.max, message: `${field.label}最多${field.max}个字符` });
  if (field.notFuture) {
    rules.push({
      validator: async (_, value?: Dayjs | null) => {
        if (value && notFuture(value)) throw new Error(`${field.label}不能晚于今天，请核对`);
      },
    });
  }
  return rules;
}

export function hearingLabelOf(hearing: CaseDetail['hearings'][number]): string {
  return `${formatDateTime(hearing.scheduledAt)}${hearing.courtRoom ? ` ${hearing.courtRoom}` : ''}`;
}

function AgentsInput({ field }: { field: StepField }) {
  return (
    <Form.Item label={field.label} help={field.help}>
      <Form.List name={field.name}>
        {(rows, { add, remove }, { errors }) => (
          <>
            {rows.map((row, index) => (
              <Flex key={row.key} gap={8} align="start" role="group" aria-label={`代理人${index + 1}`}>
                <Form.Item
                  name={[row.name, 'name']}
                  rules={[
                    { required: true, whitespace: true, message: '请填写代理人姓名' },
                    { max: 30, message: '代理人姓名最多30个字符' },
                  ]}
                >
                  <Input placeholder="姓名" aria-label="代理人姓名" maxLength={30} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'kind']}
                  rules={[{ required: true, message: '请选择代理人类别' }]}
                >
                  <Radio.Group options={AGENT_KIND_SELECT} optionType="button" aria-label="代理人类别" />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={`删除代理人${index + 1}`}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'staff' })}>
              添加代理人
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** The input of one field; `control` is what Form.Item hands its child (id, value, onChange). */
function FieldInput({ field, detail, ...control }: { field: StepField; detail: CaseDetail }) {
  switch (field.kind) {
    case 'date':
      return (
        <DatePicker
          {...control}
          disabledDate={field.notFuture ? notFuture : undefined}
          style={{ width: '100%' }}
        />
      );
    case 'datetime':
      return (
        <DatePicker
          {...control}
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
        />
      );
    case 'textarea':
      return <Input.TextArea {...control} rows={3} maxLength={field.max} />;
    case 'number':
      return <InputNumber {...control} min={0} max={9999} precision={0} style={{ width: '100%' }} />;
    case 'boolean':
      return <Radio.Group {...control} options={YES_NO} />;
    case 'select':
      return (
        <Select {...control} options={field.options} placeholder="请选择" allowClear={!field.required} />
      );
    case 'multiselect':
      return <Select {...control} mode="multiple" options={field.options} placeholder="可多选" />;
    case 'hearing': {
      const hearings = detail.hearings.filter((h) =>
        field.hearings === 'scheduled' ? h.status === 'scheduled' : h.status !== 'cancelled',
      );
      return (
        <Select
          {...control}
          placeholder="选择庭次"
          options={hearings.map((h) => ({ value: h.eventId, label: hearingLabelOf(h) }))}
          notFoundContent="没有可选的庭次"
        />
      );
    }
    case 'defendant':
      return (
        <Select
          {...control}
          placeholder="选择被告机关"
          options={detail.defendants.map((d) => ({ value: d.id, label: d.name }))}
        />
      );
    default:
      return <Input {...control} maxLength={field.max} />;
  }
}

function StepFormField({ field, detail }: { field: StepField; detail: CaseDetail }) {
  if (field.kind === 'agents') return <AgentsInput field={field} />;
  return (
    <Form.Item name={field.name} label={field.label} rules={rulesOf(field)} extra={field.help}>
      <FieldInput field={field} detail={detail} />
    </Form.Item>
  );
}

/** Every field of a step; conditional fields follow the values they depend on. */
export function StepFormFields({ spec, detail }: { spec: StepSpec; detail: CaseDetail }) {
  return (
    <>
      {spec.fields.map((field) =>
        field.visibleWhen ? (
          <Form.Item key={field.name} noStyle shouldUpdate>
            {({ getFieldsValue }) =>
              field.visibleWhen!(getFieldsValue(true)) ? (
                <StepFormField field={field} detail={detail} />
              ) : null
            }
          </Form.Item>
        ) : (
          <StepFormField key={field.name} field={field} detail={detail} />
        ),
      )}
    </>
  );
}
