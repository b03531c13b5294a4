// 信息通报 from the web: the inbox and sent list, a bulletin, drafts,
// attachments, sending and the read receipt.
import type {
  Bulletin,
  BulletinSummary,
  RecipientOptionList,
  SaveBulletin,
} from '../../../shared/api/bulletins';
import type { BulletinCategory } from '../../../shared/domain/bulletins';
import { api, type Page } from '../../lib/api-client';

export interface BulletinPage extends Page<BulletinSummary> {
  unread: number;
}

export interface BulletinListParams {
  box: 'inbox' | 'sent';
  category?: BulletinCategory;
  unread?: 'true';
  status?: 'draft' | 'sent';
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const bulletinKeys = {
  all: ['bulletins'] as const,
  list: (params: BulletinListParams) => ['bulletins', 'list', params] as const,
  detail: (id: string) => ['bulletins', 'detail', id] as const,
  options: ['bulletins', 'recipient-options'] as const,
};

export function listBulletins({ box, ...query }: BulletinListParams) {
  return api.get<BulletinPage>(`/api/bulletins/${box}`, { ...query });
}

export const getBulletin = (id: string) => api.get<Bulletin>(`/api/bulletins/${id}`);
export const getRecipientOptions = () => api.get<RecipientOptionList>('/api/bulletins/recipient-options');
export const createBulletin = (input: SaveBulletin) => api.post<Bulletin>('/api/bulletins', input);
export const updateBulletin = (id: string, input: SaveBulletin & { version: number }) =>
  api.put<Bulletin>(`/api/bulletins/${id}`, input);
export const sendBulletin = (id: string, version: number) =>
  api.post<Bulletin>(`/api/bulletins/${id}/send`, { version });
export const markBulletinRead = (id: string) => api.post<Bulletin>(`/api/bulletins/${id}/read`);

export function uploadBulletinAttachment(id: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.postForm<Bulletin>(`/api/bulletins/${id}/attachments`, form);
}

export const removeBulletinAttachment = (id: string, attachmentId: string) =>
  api.post<Bulletin>(`/api/bulletins/${id}/attachments/${attachmentId}/remove`);
