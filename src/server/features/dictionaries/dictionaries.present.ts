import type { DictionaryEntry, DictionaryKind } from '../../../shared/api/dictionaries';
import type { DictionaryEntryRow } from './dictionaries.queries';

export function presentDictionaryEntry(row: DictionaryEntryRow): DictionaryEntry {
  return {
    kind: row.kind as DictionaryKind,
    code: row.code,
    label: row.label,
    sortOrder: row.sortOrder,
    disabled: row.disabled,
  };
}

/** The fields an audit row records of an entry. */
export function auditedDictionaryEntry(row: Pick<DictionaryEntryRow, 'label' | 'sortOrder' | 'disabled'>) {
  return { label: row.label, sortOrder: row.sortOrder, disabled: row.disabled };
}
