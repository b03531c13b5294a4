// 组织机构: the tree on the left, the selected organisation on the right.
import { Col, Row } from 'antd';
import { useState } from 'react';
import { OrgDetail } from '../features/orgs/org-detail';
import { OrgTreePanel } from '../features/orgs/org-tree-panel';

export function OrgsPage() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <Row gutter={16}>
      <Col xs={24} lg={10} xl={9}>
        <OrgTreePanel selectedId={selectedId} onSelect={setSelectedId} />
      </Col>
      <Col xs={24} lg={14} xl={15}>
        <OrgDetail orgId={selectedId} onSelect={setSelectedId} />
      </Col>
    </Row>
  );
}
