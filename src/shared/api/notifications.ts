// Notices for the caller's organisation: reminders, escalations, missing reports.
import { z } from 'zod';
import { NOTIFICATION_KIND_NAMES } from '../domain/notification-kinds';
import { pageQuerySchema } from './common';
import './zod-zh';

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(NOTIFICATION_KIND_NAMES),
    kindLabel: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable().describe('站内页面路径，如 /suggestions/…'),
    createdAt: z.string(),
    readAt: z.string().nullable(),
    readByName: z.string().nullable(),
    abilities: z.object({ markRead: z.boolean() }),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const listNotificationsQuerySchema = pageQuerySchema.extend({
  unread: z.enum(['true', 'false'], { error: '未读筛选应为 true 或 false' }).optional(),
});

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  unread: z.number().int().describe('本单位未读提醒数'),
  page: z.number().int(),
  pageSize: z.number().int(),
});
