// SQL of stored_files: one row per upload or generated document; several rows
// may share one content (sha256) on disk.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { storedFiles } from '../db/schema';
import type { FileStorage } from './file-storage';

export type StoredFileRow = typeof storedFiles.$inferSelect;

export async function insertStoredFile(
  tx: Db,
  values: {
    sha256: string;
    size: number;
    mimeType: string;
    originalName: string;
    uploadedBy: string | null;
    uploadedAt: Date;
  },
): Promise<StoredFileRow> {
  const [row] = await tx.insert(storedFiles).values(values).returning();
  return row!;
}

export async function isContentReferenced(db: Db, sha256: string): Promise<boolean> {
  const [row] = await db
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(eq(storedFiles.sha256, sha256))
    .limit(1);
  return row !== undefined;
}

/**
 * After a failed transaction: removes content this request wrote, unless a
 * committed row (another upload of the same bytes) refers to it.
 */
export async function removeUnreferencedContent(
  db: Db,
  storage: FileStorage,
  written: { sha256: string; isNew: boolean } | null,
): Promise<void> {
  if (!written?.isNew) return;
  if (await isContentReferenced(db, written.sha256)) return;
  await storage.remove(written.sha256);
}
