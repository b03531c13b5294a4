// The registration's fields, shared by intake (登记案件) and its correction
// (更正登记信息): 案号 and court, the dispute, the defendants and the parties.
import { Card, Checkbox, Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import type { CASE_FLAGS } from '../../../shared/domain/cases/vocabulary';
import { CaseNumberField } from './case-number-field';
import { FLAG_OPTIONS } from './case-options';
import { CourtField } from './court-field';
import { DefendantList, type DefendantValues } from './defendant-list';
import { PartyList, type PartyValues, partyInput } from './party-list';
import { CaseSearchSelect, DictionarySelect } from './reference-selects';
import { notFuture } from './step-form-fields';

export interface RegistrationValues {
  caseNumber: string;
  courtId?: string;
  previousCaseId?: string | null;
  causeCode?: string;
  domainCode?: string;
  subject?: string;
  claims?: string | null;
  filedOn?: Dayjs | null;
  flags?: (typeof CASE_FLAGS)[number][];
  defendants?: DefendantValues[];
  plaintiffs?: PartyValues[];
  thirdParties?: PartyValues[];
}

/** The form's values as the API's registration fields. */
export function registrationInput(values: RegistrationValues) {
  const flags = new Set(values.flags ?? []);
  return {
    caseNumber: values.caseNumber?.trim() ?? '',
    courtId: values.courtId ?? '',
    previousCaseId: values.previousCaseId ?? null,
    causeCode: values.causeCode ?? '',
    domainCode: values.domainCode ?? '',
    subject: values.subject?.trim() ?? '',
    claims: values.claims?.trim() || null,
    filedOn: values.filedOn?.format('YYYY-MM-DD') ?? null,
    isMajorSensitive: flags.has('isMajorSensitive'),
    isMass: flags.has('isMass'),
    isEnterprise: flags.has('isEnterprise'),
    isDebt: flags.has('isDebt'),
    defendants: (values.defendants ?? []).map((d) => ({
      organisationId: d.organisationId ?? '',
      isReconsiderationBody: d.isReconsiderationBody === true,
    })),
    plaintiffs: (values.plaintiffs ?? []).map(partyInput),
    thirdParties: (values.thirdParties ?? []).map(partyInput),
  };
}

interface RegistrationFieldsProps {
  /** Fields of the notice shown after the court (intake: the service). */
  noticeExtra?: ReactNode;
  /** Names of the organisations the form starts with. */
  defendantNames?: Record<string, string>;
  /** The case being corrected: not its own previous instance. */
  caseId?: string;
  previousCase?: { id: string; caseNumber: string } | null;
}

export function RegistrationFields({
  noticeExtra,
  defendantNames,
  caseId,
  previousCase,
}: RegistrationFieldsProps) {
  return (
    <>
      <Card type="inner" title="应诉通知书" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <CaseNumberField />
          </Col>
          <Col xs={24} lg={12}>
            <CourtField />
          </Col>
          {noticeExtra}
          <Col xs={24} lg={8}>
            <Form.Item name="filedOn" label="立案日期">
              <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={16}>
            <Form.Item
              name="previousCaseId"
              label="前审案件"
              extra="二审、再审等：关联同一争议的前一审级（可选）"
            >
              <CaseSearchSelect
                placeholder="输入案号搜索"
                allowClear
                excludeId={caseId}
                initial={previousCase}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card type="inner" title="案件信息" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item name="causeCode" label="案由" rules={[{ required: true, message: '请选择案由' }]}>
              <DictionarySelect kind="cause" placeholder="选择案由" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item
              name="domainCode"
              label="管理领域"
              rules={[{ required: true, message: '请选择管理领域' }]}
            >
              <DictionarySelect kind="domain" placeholder="选择管理领域" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="subject"
          label="被诉行政行为"
          rules={[
            { required: true, whitespace: true, message: '请填写被诉行政行为' },
            { min: 2, max: 500, message: '被诉行政行为应为2–500个字符' },
          ]}
        >
          <Input maxLength={500} placeholder="如：作出的衢柯自然资罚〔2026〕12号行政处罚决定" />
        </Form.Item>
        <Form.Item name="claims" label="诉讼请求" rules={[{ max: 2000, message: '诉讼请求最多2000个字符' }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="flags" label="案件标记">
          <Checkbox.Group options={FLAG_OPTIONS} />
        </Form.Item>
      </Card>

      <Card type="inner" title="被告" style={{ marginBottom: 16 }}>
        <DefendantList names={defendantNames} />
      </Card>
      <Card type="inner" title="原告" style={{ marginBottom: 16 }}>
        <PartyList name="plaintiffs" title="原告" min={1} />
      </Card>
      <Card type="inner" title="第三人" style={{ marginBottom: 16 }}>
        <PartyList name="thirdParties" title="第三人" min={0} />
      </Card>
    </>
  );
}
