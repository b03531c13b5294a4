// 保存案由/管理领域: adds a code or changes an entry's label, order or disabled flag. Codes are
// never deleted: cases keep the codes they were registered with, a retired entry is disabled.
import type { z } from 'zod';
import {
  DICTIONARY_KIND_LABELS,
  type DictionaryKind,
  type saveDictionaryEntrySchema,
} from '../../../shared/api/dictionaries';
import type { Db } from '../../db/client';
import { AppError, conflict } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { auditedDictionaryEntry } from './dictionaries.present';
import {
  findDictionaryEntry,
  findEntryByLabel,
  insertDictionaryEntry,
  updateDictionaryEntryIfUnchanged,
} from './dictionaries.queries';
import { dictionaryLabelsForDisplay } from './dictionary-labels';

export async function saveDictionaryEntry(options: {
  db: Db;
  now: Date;
  kind: DictionaryKind;
  code: string;
  input: z.infer<typeof saveDictionaryEntrySchema>;
  context: AuditContext;
}) {
  const { db, now, kind, code, input } = options;
  const { previous, ...values } = input;
  const kindLabel = DICTIONARY_KIND_LABELS[kind];
  const result = await db.transaction(async (tx) => {
    const sameLabel = await findEntryByLabel(tx, kind, values.label, code);
    if (sameLabel) {
      throw new AppError('DUPLICATE', `${kindLabel}“${values.label}”已存在（代码 ${sameLabel.code}）`, [
        { field: 'label', message: `已有同名${kindLabel}（代码 ${sameLabel.code}）` },
      ]);
    }
    const existing = await findDictionaryEntry(tx, kind, code);
    let saved: Awaited<ReturnType<typeof insertDictionaryEntry>>;
    if (previous === null) {
      // Meant as a new code: never overwrite one that exists.
      saved = existing ? undefined : await insertDictionaryEntry(tx, kind, code, values);
      if (!saved) {
        throw new AppError('DUPLICATE', `${kindLabel}代码“${code}”已存在，请刷新后编辑该项`, [
          { field: 'code', message: '该代码已存在' },
        ]);
      }
    } else {
      if (!existing) throw conflict(`${kindLabel}“${previous.label}”`);
      saved = await updateDictionaryEntryIfUnchanged(tx, kind, code, previous, values);
      if (!saved) throw conflict(`${kindLabel}“${existing.label}”`);
    }
    await recordAudit(tx, options.context, now, {
      event: 'dictionary.saved',
      targetType: 'dictionary',
      targetId: `${kind}:${code}`,
      targetLabel: `${kindLabel}：${saved.label}`,
      before: existing ? auditedDictionaryEntry(existing) : undefined,
      after: auditedDictionaryEntry(saved),
    });
    return { entry: saved, created: previous === null };
  });
  dictionaryLabelsForDisplay.invalidate();
  return result;
}
