// SQL of case attachments: the rows with their file and uploader.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { caseAttachments, caseEvents, storedFiles, users } from '../../db/schema';

const attachmentColumns = {
  id: caseAttachments.id,
  caseId: caseAttachments.caseId,
  eventId: caseAttachments.eventId,
  category: caseAttachments.category,
  description: caseAttachments.description,
  createdAt: caseAttachments.createdAt,
  fileName: storedFiles.originalName,
  size: storedFiles.size,
  mimeType: storedFiles.mimeType,
  sha256: storedFiles.sha256,
  uploadedById: users.id,
  uploadedByName: users.displayName,
};

function selectAttachments(db: Db) {
  return db
    .select(attachmentColumns)
    .from(caseAttachments)
    .innerJoin(storedFiles, eq(storedFiles.id, caseAttachments.fileId))
    .leftJoin(users, eq(users.id, caseAttachments.createdBy));
}

export type AttachmentRow = Awaited<ReturnType<typeof listAttachments>>[number];

export async function findAttachment(db: Db, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await selectAttachments(db).where(eq(caseAttachments.id, id));
  return row;
}

export async function listAttachments(db: Db, caseId: string) {
  return selectAttachments(db)
    .where(eq(caseAttachments.caseId, caseId))
    .orderBy(asc(caseAttachments.createdAt), asc(caseAttachments.id));
}

export async function isEventOfCase(db: Db, caseId: string, eventId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: caseEvents.id })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.id, eventId)));
  return row !== undefined;
}

export async function insertAttachment(
  tx: Db,
  values: typeof caseAttachments.$inferInsert,
): Promise<{ id: string }> {
  const [row] = await tx.insert(caseAttachments).values(values).returning({ id: caseAttachments.id });
  return row!;
}
