// The scheme form: name, year, base score; items (indicator, points, target,
// floor, 无数据 rule); deductions (per occurrence, cap); grade lines. The
// server's field errors ('items.1.floor') land on the right row.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, type FormInstance, Input, InputNumber, Select, Space } from 'antd';
import type { SchemeInput } from '../../../shared/api/assessment';
import {
  DEDUCTION_KINDS,
  DEDUCTION_LABELS,
  NO_DATA_LABELS,
  NO_DATA_RULES,
} from '../../../shared/domain/assessment/scheme';
import { INDICATORS } from '../../../shared/domain/indicators/definitions';
import { chinaToday } from '../../components/format';
import { isApiError } from '../../lib/api-client';
import { applyProblems, namePathOf } from '../cases/form-errors';

const INDICATOR_OPTIONS = INDICATORS.map((i) => ({ value: i.id, label: i.name }));
const DEDUCTION_OPTIONS = DEDUCTION_KINDS.map((k) => ({ value: k, label: DEDUCTION_LABELS[k].name }));
const NO_DATA_OPTIONS = NO_DATA_RULES.map((r) => ({ value: r, label: NO_DATA_LABELS[r] }));

export const EMPTY_SCHEME: SchemeInput = {
  name: '',
  year: chinaToday().year(),
  baseScore: 100,
  items: [
    { indicatorId: 'head-appearance', weight: 40, target: 100, floor: 60, noData: 'full' },
    { indicatorId: 'performance', weight: 30, target: 100, floor: 60, noData: 'full' },
    { indicatorId: 'suggestion-reply', weight: 30, target: 100, floor: 0, noData: 'exclude' },
  ],
  deductions: [
    { kind: 'head-absent', pointsEach: 2, cap: 10 },
    { kind: 'suggestion-unanswered', pointsEach: 2, cap: 10 },
  ],
  grades: { excellent: 90, good: 80, pass: 60 },
};

/** Puts the server's problems on the form's fields; returns those no field shows. */
export function placeSchemeErrors(form: FormInstance, error: unknown): string[] {
  if (!isApiError(error)) return [];
  return applyProblems(
    form,
    error.details.map((d) => ({ name: namePathOf(d.field), message: d.message })),
  );
}

export function SchemeFields() {
  return (
    <>
      <Space wrap>
        <Form.Item name="name" label="方案名称" rules={[{ required: true, message: '请填写方案名称' }]}>
          <Input style={{ width: 320 }} maxLength={100} />
        </Form.Item>
        <Form.Item name="year" label="考核年度">
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="baseScore" label="基础分">
          <InputNumber min={1} max={1000} />
        </Form.Item>
      </Space>
      <Card size="small" title="指标项（各项分值之和应等于基础分；败诉率、纠错率越低越好，目标值为上限）">
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start">
                  <Form.Item name={[field.name, 'indicatorId']} label="指标">
                    <Select options={INDICATOR_OPTIONS} style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'weight']} label="分值">
                    <InputNumber min={0} max={1000} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'target']} label="目标值(%)">
                    <InputNumber min={0} max={100} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'floor']} label="不得分界限(%)">
                    <InputNumber min={0} max={100} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'noData']} label="无数据时">
                    <Select options={NO_DATA_OPTIONS} style={{ width: 240 }} />
                  </Form.Item>
                  <Button
                    icon={<MinusCircleOutlined />}
                    aria-label="删除指标项"
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ indicatorId: 'head-speaking', weight: 10, target: 100, floor: 0, noData: 'full' })
                }
              >
                添加指标项
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" title="扣分项（每次扣分，每期最多扣分）" style={{ marginTop: 12 }}>
        <Form.List name="deductions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start">
                  <Form.Item name={[field.name, 'kind']} label="扣分项">
                    <Select options={DEDUCTION_OPTIONS} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'pointsEach']} label="每次扣分">
                    <InputNumber min={0} max={1000} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'cap']} label="扣分上限">
                    <InputNumber min={0} max={1000} />
                  </Form.Item>
                  <Button
                    icon={<MinusCircleOutlined />}
                    aria-label="删除扣分项"
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'suggestion-late', pointsEach: 1, cap: 5 })}
              >
                添加扣分项
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" title="等次分数线（低于合格线为较差）" style={{ marginTop: 12 }}>
        <Space wrap>
          <Form.Item name={['grades', 'excellent']} label="优秀 ≥">
            <InputNumber min={0} max={1000} />
          </Form.Item>
          <Form.Item name={['grades', 'good']} label="良好 ≥">
            <InputNumber min={0} max={1000} />
          </Form.Item>
          <Form.Item name={['grades', 'pass']} label="合格 ≥">
            <InputNumber min={0} max={1000} />
          </Form.Item>
        </Space>
      </Card>
    </>
  );
}
