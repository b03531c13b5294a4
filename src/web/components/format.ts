import dayjs from 'dayjs';

export function formatDateTime(value: string | null | undefined, empty = '—'): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : empty;
}

export function formatDateTimeSeconds(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : '—';
}
