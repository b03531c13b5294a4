// Plaintiffs or third parties of the intake form: one row per party — kind,
// name, and the 身份证号 (person) or 统一社会信用代码 (organisation), each
// checked in the browser as it is typed.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import { checkIdNumber } from '../../../shared/domain/id-number';
import { checkUscc } from '../../../shared/domain/uscc';
import { PARTY_KIND_OPTIONS } from './case-options';

export interface PartyValues {
  /** A stored party (correcting the registration); its 身份证号 left empty keeps the stored one. */
  partyId?: string;
  idNumberMasked?: string | null;
  kind?: 'person' | 'organisation';
  name?: string;
  idNumber?: string;
  uscc?: string;
}

const idNumberRule = {
  validator: async (_: unknown, value?: string) => {
    if (!value?.trim()) return;
    const problem = checkIdNumber(value);
    if (problem) throw new Error(problem);
  },
};

const usccRule = {
  validator: async (_: unknown, value?: string) => {
    if (!value?.trim()) return;
    const problem = checkUscc(value);
    if (problem) throw new Error(problem);
  },
};

interface PartyListProps {
  name: 'plaintiffs' | 'thirdParties';
  /** 原告 or 第三人 */
  title: string;
  min: number;
}

export function PartyList({ name, title, min }: PartyListProps) {
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_, rows?: PartyValues[]) => {
            if ((rows?.length ?? 0) < min) throw new Error(`请至少填写一名${title}`);
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">
              无{title}；如有请点击“添加{title}”
            </Typography.Paragraph>
          )}
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start" wrap role="group" aria-label={`${title}${index + 1}`}>
              <Form.Item
                name={[field.name, 'kind']}
                label="类别"
                rules={[{ required: true, message: '请选择当事人类别' }]}
              >
                <Select options={PARTY_KIND_OPTIONS} style={{ width: 150 }} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'name']}
                label="姓名或名称"
                rules={[
                  { required: true, whitespace: true, message: '请填写当事人名称' },
                  { max: 100, message: '当事人名称最多100个字符' },
                ]}
              >
                <Input style={{ width: 220 }} maxLength={100} />
              </Form.Item>
              <Form.Item name={[field.name, 'partyId']} hidden>
                <Input />
              </Form.Item>
              <Form.Item noStyle dependencies={[[name, field.name, 'kind']]}>
                {({ getFieldValue }) =>
                  getFieldValue([name, field.name, 'kind']) === 'organisation' ? (
                    <Form.Item
                      name={[field.name, 'uscc']}
                      label="统一社会信用代码"
                      rules={[usccRule]}
                      normalize={(v?: string) => v?.toUpperCase()}
                    >
                      <Input style={{ width: 230 }} maxLength={18} autoComplete="off" />
                    </Form.Item>
                  ) : (
                    <Form.Item
                      name={[field.name, 'idNumber']}
                      label="身份证号"
                      rules={[idNumberRule]}
                      normalize={(v?: string) => v?.toUpperCase()}
                      extra={storedIdNumberHint(getFieldValue([name, field.name, 'idNumberMasked']))}
                    >
                      <Input style={{ width: 230 }} maxLength={18} autoComplete="off" />
                    </Form.Item>
                  )
                }
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={`删除${title}${index + 1}`}
                onClick={() => remove(field.name)}
                disabled={fields.length <= min}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'person' })}>
            添加{title}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function storedIdNumberHint(masked?: string | null) {
  return masked ? `已登记 ${masked}，留空则保留` : undefined;
}

/** A party as the API takes it: the ID number only for a person, the USCC only for an organisation. */
export function partyInput(party: PartyValues) {
  const kind = party.kind ?? 'person';
  return {
    ...(party.partyId ? { partyId: party.partyId } : {}),
    kind,
    name: party.name?.trim() ?? '',
    idNumber: kind === 'person' ? party.idNumber?.trim() || null : null,
    uscc: kind === 'organisation' ? party.uscc?.trim() || null : null,
  };
}
