// 节假日安排: the official calendar by year (shipped, corrected or missing), a year's days,
// the editor an administrator corrects a year with (and after a save, the registered deadlines
// it moved), and the period rules computed on it.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { SavedHolidayYear } from '../../shared/api/calendar';
import { calendarKeys, getHolidayYear, listHolidayYears } from '../features/calendar/calendar-api';
import { HolidayDaysTable } from '../features/calendar/holiday-days-table';
import { HolidayYearModal } from '../features/calendar/holiday-year-modal';
import { HolidayYearsTable } from '../features/calendar/holiday-years-table';
import { MovedDeadlinesModal } from '../features/calendar/moved-deadlines-modal';
import { PeriodRulesPanel } from '../features/calendar/period-rules-panel';
import { messageOf } from '../lib/api-client';

function YearsTab() {
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  // The last save that moved registered deadlines, listed until the user closes the list.
  const [saved, setSaved] = useState<SavedHolidayYear | null>(null);
  const years = useQuery({ queryKey: calendarKeys.years, queryFn: listHolidayYears });
  const shown = selected ?? years.data?.items.findLast((y) => y.source !== 'missing')?.year ?? null;
  const detail = useQuery({
    queryKey: calendarKeys.year(shown ?? 0),
    queryFn: () => getHolidayYear(shown!),
    enabled: shown !== null,
  });
  if (years.error) return <Alert type="error" showIcon title={messageOf(years.error)} />;
  return (
    <Row gutter={24}>
      <Col xs={24} xl={14}>
        <Typography.Paragraph type="secondary">
          期限计算以随系统发布的国务院办公厅节假日通知为准；管理员修订的年度取代随附数据。
          未收录的年度按普通周末计算，并在期限上给出提示。
        </Typography.Paragraph>
        <HolidayYearsTable
          items={years.data?.items ?? []}
          loading={years.isLoading}
          selected={shown}
          canManage={years.data?.abilities.manage ?? false}
          onSelect={setSelected}
          onEdit={setEditing}
        />
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={shown ? `${shown}年` : '年度安排'}>
          {detail.isLoading && <Spin />}
          {detail.error && <Alert type="error" showIcon title={messageOf(detail.error)} />}
          {detail.data && <HolidayDaysTable year={detail.data} />}
        </Card>
      </Col>
      <HolidayYearModal year={editing} onClose={() => setEditing(null)} onSaved={setSaved} />
      <MovedDeadlinesModal saved={saved} onClose={() => setSaved(null)} />
    </Row>
  );
}

export function CalendarPage() {
  return (
    <Card title="节假日安排">
      <Tabs
        items={[
          { key: 'years', label: '节假日安排', children: <YearsTab /> },
          { key: 'rules', label: '期限规则与测算', children: <PeriodRulesPanel /> },
        ]}
      />
    </Card>
  );
}
