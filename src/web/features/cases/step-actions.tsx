// 记录环节: a button per step the server says may be recorded now
// (abilities.record[path]); the web never works out the workflow itself.
import { Button, Flex, Typography } from 'antd';
import type { CaseDetail } from '../../../shared/api/cases';
import { CASE_EVENT_LABELS } from '../../../shared/domain/cases/vocabulary';
import { STEP_SPECS, type StepSpec } from './step-fields';

export function StepActions({ detail, onOpen }: { detail: CaseDetail; onOpen: (spec: StepSpec) => void }) {
  const allowed = STEP_SPECS.filter((spec) => detail.abilities.record[spec.path] === true);
  return (
    <section aria-label="记录环节">
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>记录环节：</Typography.Text>
        {allowed.length === 0 ? (
          <Typography.Text type="secondary">当前阶段没有可记录的环节</Typography.Text>
        ) : (
          allowed.map((spec) => (
            <Button key={spec.path} onClick={() => onOpen(spec)}>
              {CASE_EVENT_LABELS[spec.type]}
            </Button>
          ))
        )}
      </Flex>
    </section>
  );
}
