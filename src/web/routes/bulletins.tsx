// 信息通报 · 收件箱与已发送: the organisation's received bulletins (unread
// first) and, for senders, what it sent with each recipient's read receipt.
// Filters: category, unread, dates. Tab, filters and paging live in the address.
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Select, Space, Tabs } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import {
  BULLETIN_CATEGORIES,
  BULLETIN_CATEGORY_LABELS,
  type BulletinCategory,
  COURT_BULLETIN_CATEGORIES,
} from '../../shared/domain/bulletins';
import { FilterButtons } from '../components/filter-buttons';
import { useCan } from '../features/auth/session';
import { type BulletinListParams, bulletinKeys, listBulletins } from '../features/bulletins/bulletins-api';
import { BulletinsTable } from '../features/bulletins/bulletins-table';
import { messageOf } from '../lib/api-client';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function paramsOf(search: URLSearchParams, canSend: boolean): BulletinListParams {
  const box = search.get('box') === 'sent' && canSend ? 'sent' : 'inbox';
  const category = search.get('category') as BulletinCategory | null;
  const from = search.get('from');
  const to = search.get('to');
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    box,
    category: category && BULLETIN_CATEGORIES.includes(category) ? category : undefined,
    unread: box === 'inbox' && search.get('unread') === 'true' ? 'true' : undefined,
    status:
      box === 'sent' && (search.get('status') === 'draft' || search.get('status') === 'sent')
        ? (search.get('status') as 'draft' | 'sent')
        : undefined,
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: [10, 20, 50].includes(pageSize) ? pageSize : 20,
  };
}

function searchOf(params: BulletinListParams): URLSearchParams {
  const s = new URLSearchParams();
  if (params.box === 'sent') s.set('box', 'sent');
  for (const key of ['category', 'unread', 'status', 'from', 'to'] as const) {
    const value = params[key];
    if (value) s.set(key, value);
  }
  if (params.page !== 1) s.set('page', String(params.page));
  if (params.pageSize !== 20) s.set('pageSize', String(params.pageSize));
  return s;
}

interface FilterValues {
  category?: BulletinCategory;
  unread?: boolean;
  status?: 'draft' | 'sent';
  dates?: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null;
}

export function BulletinsPage() {
  const can = useCan();
  const canSend = can('bulletin.send');
  const [search, setSearch] = useSearchParams();
  const params = paramsOf(search, canSend);
  const update = (next: Partial<BulletinListParams>) => setSearch(searchOf({ ...params, ...next }));
  const list = useQuery({
    queryKey: bulletinKeys.list(params),
    queryFn: () => listBulletins(params),
    placeholderData: keepPreviousData,
  });
  const [form] = Form.useForm<FilterValues>();
  const categoryOptions = BULLETIN_CATEGORIES.map((value) => ({
    value,
    label: `${(COURT_BULLETIN_CATEGORIES as readonly string[]).includes(value) ? '法院' : '政府'}·${BULLETIN_CATEGORY_LABELS[value]}`,
  }));

  const filters = (
    <Form
      form={form}
      layout="inline"
      key={params.box}
      initialValues={{
        category: params.category,
        unread: params.unread === 'true',
        status: params.status,
        dates:
          params.from || params.to
            ? [params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null]
            : null,
      }}
      onFinish={(values) =>
        update({
          category: values.category || undefined,
          unread: values.unread ? 'true' : undefined,
          status: values.status || undefined,
          from: values.dates?.[0]?.format('YYYY-MM-DD'),
          to: values.dates?.[1]?.format('YYYY-MM-DD'),
          page: 1,
        })
      }
    >
      <Form.Item name="category" label="类别">
        <Select allowClear placeholder="全部" style={{ width: 260 }} options={categoryOptions} />
      </Form.Item>
      {params.box === 'inbox' ? (
        <Form.Item name="unread" valuePropName="checked">
          <Checkbox>只看未读</Checkbox>
        </Form.Item>
      ) : (
        <Form.Item name="status" label="状态">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 110 }}
            options={[
              { value: 'draft', label: '草稿' },
              { value: 'sent', label: '已发送' },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item name="dates" label="日期">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <FilterButtons
        onReset={() => setSearch(searchOf({ box: params.box, page: 1, pageSize: params.pageSize }))}
      />
    </Form>
  );

  return (
    <Card
      title="信息通报"
      extra={
        canSend && (
          <Link to="/bulletins/new">
            <Button type="primary" icon={<PlusOutlined />}>
              新建通报
            </Button>
          </Link>
        )
      }
    >
      <Tabs
        activeKey={params.box}
        onChange={(box) =>
          setSearch(searchOf({ box: box as 'inbox' | 'sent', page: 1, pageSize: params.pageSize }))
        }
        items={[
          {
            key: 'inbox',
            label: params.box === 'inbox' && list.data ? `收件箱（未读 ${list.data.unread}）` : '收件箱',
          },
          ...(canSend ? [{ key: 'sent', label: '已发送与草稿' }] : []),
        ]}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {filters}
        {list.error && <Alert type="error" showIcon title={messageOf(list.error)} />}
        <BulletinsTable
          box={params.box}
          data={list.data}
          loading={list.isFetching}
          page={params.page}
          pageSize={params.pageSize}
          onPageChange={(page, pageSize) =>
            update({ page: pageSize === params.pageSize ? page : 1, pageSize })
          }
        />
      </Space>
    </Card>
  );
}
