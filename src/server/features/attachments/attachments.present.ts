// Shapes attachments for the API.
import type { Attachment, AttachmentCategory } from '../../../shared/api/attachments';
import type { AttachmentRow } from './attachments.queries';

export function presentAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    fileName: row.fileName,
    size: row.size,
    mimeType: row.mimeType,
    sha256: row.sha256,
    category: row.category as AttachmentCategory,
    description: row.description,
    eventId: row.eventId,
    uploadedBy: row.uploadedById ? { id: row.uploadedById, name: row.uploadedByName ?? '' } : null,
    uploadedAt: row.createdAt.toISOString(),
    downloadUrl: `/api/attachments/${row.id}/download`,
  };
}
