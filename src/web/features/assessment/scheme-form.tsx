// The scheme form: name, year, base score; items (indicator, points, target,
// floor, 无数据 rule); deductions (per occurrence, cap); grade lines. The
// numbers stand as typed (no clamping to a range): each field is checked, as
// it is edited, by the server's own schema (目标值不能大于100%), and the server's
// other field errors ('items.1.floor') land on the right row. The sum of the
// items' points is shown live, and said wrong while it is.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
} from 'antd';
import type { z } from 'zod';
import {
  type SchemeInput,
  schemeDeductionInputSchema,
  schemeInputSchema,
  schemeItemInputSchema,
} from '../../../shared/api/assessment';
import {
  DEDUCTION_KINDS,
  DEDUCTION_LABELS,
  NO_DATA_LABELS,
  NO_DATA_RULES,
} from '../../../shared/domain/assessment/scheme';
import { itemsProblemOf, weightSumOf } from '../../../shared/domain/assessment/validate-scheme';
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

/**
 * A field's rule from the server's schema of that field: the same Chinese
 * message, checked as the field is edited (which also clears a message the
 * server put there once the value changes).
 */
function schemaRule(schema: z.ZodType) {
  return {
    validator: async (_: unknown, value: unknown) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
    },
  };
}
const SCHEME = schemeInputSchema.shape;
const ITEM = schemeItemInputSchema.shape;
const DEDUCTION = schemeDeductionInputSchema.shape;
const GRADE = SCHEME.grades.shape;

/**
 * Puts the server's problems on the form's fields; returns those no field shows.
 * The items' own problem (their points' sum) is the one the form already shows
 * live above the items; any other about the items as a whole is returned.
 */
export function placeSchemeErrors(form: FormInstance, error: unknown): string[] {
  if (!isApiError(error)) return [];
  const values = form.getFieldsValue() as Partial<SchemeInput>;
  const shown =
    values.items && typeof values.baseScore === 'number'
      ? itemsProblemOf(values.items, values.baseScore)
      : null;
  const onList = error.details.filter((d) => d.field === 'items');
  const onFields = error.details.filter((d) => d.field !== 'items');
  const unplaced = applyProblems(
    form,
    onFields.map((d) => ({ name: namePathOf(d.field), message: d.message })),
  );
  return [...onList.filter((d) => d.message !== shown).map((d) => d.message), ...unplaced];
}

/** 分值合计 while the weights are edited, and what is wrong with the items as a whole until it is corrected. */
function useItemsTotal() {
  const form = Form.useFormInstance<SchemeInput>();
  const items = Form.useWatch('items', form);
  const baseScore = Form.useWatch('baseScore', form);
  // Before the form has its values (first render), nothing is said.
  if (!items) return { sumText: null, problem: null };
  const hasBase = typeof baseScore === 'number';
  return {
    sumText: `分值合计 ${weightSumOf(items)} / ${hasBase ? baseScore : '—'}`,
    problem: hasBase ? itemsProblemOf(items, baseScore) : null,
  };
}

export function SchemeFields() {
  const { sumText, problem } = useItemsTotal();
  return (
    <>
      <Space wrap>
        <Form.Item name="name" label="方案名称" rules={[schemaRule(SCHEME.name)]}>
          <Input style={{ width: 320 }} maxLength={100} />
        </Form.Item>
        <Form.Item name="year" label="考核年度" rules={[schemaRule(SCHEME.year)]}>
          <InputNumber />
        </Form.Item>
        <Form.Item name="baseScore" label="基础分" rules={[schemaRule(SCHEME.baseScore)]}>
          <InputNumber />
        </Form.Item>
      </Space>
      <Card
        size="small"
        title="指标项（各项分值之和应等于基础分；败诉率、纠错率越低越好，目标值为上限）"
        extra={
          sumText && <Typography.Text type={problem ? 'danger' : 'secondary'}>{sumText}</Typography.Text>
        }
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start">
                  <Form.Item
                    name={[field.name, 'indicatorId']}
                    label="指标"
                    rules={[schemaRule(ITEM.indicatorId)]}
                  >
                    <Select options={INDICATOR_OPTIONS} style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'weight']} label="分值" rules={[schemaRule(ITEM.weight)]}>
                    <InputNumber />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'target']}
                    label="目标值(%)"
                    rules={[schemaRule(ITEM.target)]}
                  >
                    <InputNumber />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'floor']}
                    label="不得分界限(%)"
                    rules={[schemaRule(ITEM.floor)]}
                  >
                    <InputNumber />
                  </Form.Item>
                  <Form.Item name={[field.name, 'noData']} label="无数据时" rules={[schemaRule(ITEM.noData)]}>
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
                  <Form.Item name={[field.name, 'kind']} label="扣分项" rules={[schemaRule(DEDUCTION.kind)]}>
                    <Select options={DEDUCTION_OPTIONS} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'pointsEach']}
                    label="每次扣分"
                    rules={[schemaRule(DEDUCTION.pointsEach)]}
                  >
                    <InputNumber />
                  </Form.Item>
                  <Form.Item name={[field.name, 'cap']} label="扣分上限" rules={[schemaRule(DEDUCTION.cap)]}>
                    <InputNumber />
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
          <Form.Item name={['grades', 'excellent']} label="优秀 ≥" rules={[schemaRule(GRADE.excellent)]}>
            <InputNumber />
          </Form.Item>
          <Form.Item name={['grades', 'good']} label="良好 ≥" rules={[schemaRule(GRADE.good)]}>
            <InputNumber />
          </Form.Item>
          <Form.Item name={['grades', 'pass']} label="合格 ≥" rules={[schemaRule(GRADE.pass)]}>
            <InputNumber />
          </Form.Item>
        </Space>
      </Card>
    </>
  );
}
