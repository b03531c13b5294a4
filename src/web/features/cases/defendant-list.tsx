// Defendant agencies of the intake form: one or more (共同被告); after a
// reconsideration that upheld the act, the reconsideration body is one of them.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form } from 'antd';
import { OrgTreeSelect } from '../orgs/org-tree-select';

export interface DefendantValues {
  organisationId?: string;
  isReconsiderationBody?: boolean;
}

/** `names`: the names of the organisations the form starts with (a select only knows those it loaded). */
export function DefendantList({ names = {} }: { names?: Record<string, string> }) {
  const form = Form.useFormInstance();
  return (
    <Form.List
      name="defendants"
      rules={[
        {
          validator: async (_, rows?: DefendantValues[]) => {
            if (!rows || rows.length === 0) throw new Error('请至少选择一个被告机关');
            const ids = rows.map((row) => row?.organisationId).filter(Boolean);
            if (new Set(ids).size !== ids.length) throw new Error('被告机关不能重复');
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start" wrap role="group" aria-label={`被告${index + 1}`}>
              <Form.Item
                name={[field.name, 'organisationId']}
                label="被告机关"
                rules={[{ required: true, message: '请选择被告机关' }]}
              >
                <OrgTreeSelect
                  placeholder="展开或输入名称搜索"
                  initialLabel={names[form.getFieldValue(['defendants', field.name, 'organisationId'])]}
                  style={{ width: 320 }}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'isReconsiderationBody']} valuePropName="checked">
                <Checkbox>复议机关共同被告</Checkbox>
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={`删除被告${index + 1}`}
                onClick={() => remove(field.name)}
                disabled={fields.length <= 1}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ isReconsiderationBody: false })}>
            添加被告
          </Button>
        </>
      )}
    </Form.List>
  );
}
