// 法院与管辖: the courts, the 集中管辖 mappings and a 管辖法院测算. Every business role reads
// them; the system administrator keeps them (buttons follow the server's abilities).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { Court, Jurisdiction } from '../../shared/api/courts';
import type { CourtLevel } from '../../shared/domain/jurisdiction';
import { useDebounced } from '../components/use-debounced';
import { useCan } from '../features/auth/session';
import { CourtFormModal, type CourtFormTarget, LEVEL_OPTIONS } from '../features/courts/court-form-modal';
import { CourtProposalForm } from '../features/courts/court-proposal-form';
import { courtKeys, listCourts, listJurisdictions } from '../features/courts/courts-api';
import { CourtsTable } from '../features/courts/courts-table';
import { EndJurisdictionModal } from '../features/courts/end-jurisdiction-modal';
import { JurisdictionFormModal } from '../features/courts/jurisdiction-form-modal';
import { JurisdictionsTable } from '../features/courts/jurisdictions-table';
import { messageOf } from '../lib/api-client';

export function CourtsPage() {
  const can = useCan();
  const canManage = can('court.manage');
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const [level, setLevel] = useState<CourtLevel | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [region, setRegion] = useState('');
  const regionFilter = /^\d{6}$/.test(region.trim()) ? region.trim() : '';
  const [courtTarget, setCourtTarget] = useState<CourtFormTarget | null>(null);
  const [creatingMapping, setCreatingMapping] = useState(false);
  const [ending, setEnding] = useState<Jurisdiction | null>(null);

  const courts = useQuery({
    queryKey: courtKeys.list(query, level, paging.page, paging.pageSize),
    queryFn: () => listCourts(query, level, paging.page, paging.pageSize),
    placeholderData: keepPreviousData,
  });
  const mappings = useQuery({
    queryKey: courtKeys.jurisdictions(regionFilter),
    queryFn: () => listJurisdictions(regionFilter),
  });

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title="法院"
        extra={
          <Space>
            <Input.Search
              allowClear
              placeholder="法院名称或法院代字"
              aria-label="搜索法院"
              value={q}
              onChange={(event) => {
                setQ(event.target.value);
                setPaging((p) => ({ ...p, page: 1 }));
              }}
              style={{ width: 220 }}
            />
            <Select
              allowClear
              placeholder="层级"
              aria-label="层级"
              options={LEVEL_OPTIONS}
              value={level}
              onChange={(value?: CourtLevel) => {
                setLevel(value);
                setPaging((p) => ({ ...p, page: 1 }));
              }}
              style={{ width: 150 }}
            />
            {canManage && <Button onClick={() => setCourtTarget({ mode: 'create' })}>登记法院信息</Button>}
          </Space>
        }
      >
        {courts.error && (
          <Alert type="error" showIcon title={messageOf(courts.error)} style={{ marginBottom: 16 }} />
        )}
        <CourtsTable
          data={courts.data}
          loading={courts.isFetching}
          onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
          onEdit={(court: Court) => setCourtTarget({ mode: 'edit', court })}
        />
      </Card>
      <Card
        title="集中管辖安排"
        extra={
          <Space>
            <Input
              allowClear
              placeholder="按行政区划代码筛选"
              aria-label="按行政区划代码筛选"
              maxLength={6}
              value={region}
              onChange={(event) => setRegion(event.target.value)}
              style={{ width: 180 }}
            />
            {canManage && (
              <Button type="primary" onClick={() => setCreatingMapping(true)}>
                新增管辖安排
              </Button>
            )}
          </Space>
        }
      >
        {mappings.error && (
          <Alert type="error" showIcon title={messageOf(mappings.error)} style={{ marginBottom: 16 }} />
        )}
        <JurisdictionsTable
          items={mappings.data?.items ?? []}
          loading={mappings.isFetching}
          onEnd={setEnding}
        />
      </Card>
      <Card title="管辖法院测算">
        <CourtProposalForm />
      </Card>
      <CourtFormModal target={courtTarget} onClose={() => setCourtTarget(null)} />
      <JurisdictionFormModal open={creatingMapping} onClose={() => setCreatingMapping(false)} />
      <EndJurisdictionModal mapping={ending} onClose={() => setEnding(null)} />
    </Space>
  );
}
