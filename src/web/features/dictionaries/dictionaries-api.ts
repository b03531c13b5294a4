// Calls and cache keys of /api/dictionaries.
import type { DictionaryEntry, DictionaryKind } from '../../../shared/api/dictionaries';
import { api } from '../../lib/api-client';

export const dictionaryKeys = {
  all: ['dictionaries'] as const,
  // Disabled entries included: not the same data as the case form's ['dictionaries', kind].
  list: (kind: DictionaryKind) => ['dictionaries', kind, 'with-disabled'] as const,
};

export function listDictionary(kind: DictionaryKind) {
  return api.get<{ items: DictionaryEntry[]; abilities: { manage: boolean } }>(`/api/dictionaries/${kind}`, {
    includeDisabled: 'true',
  });
}

export interface DictionaryEntryValues {
  label: string;
  sortOrder: number;
  disabled: boolean;
}

/** `previous` is the entry as read (null for a new code): the server refuses a stale write. */
export function saveDictionaryEntry(
  kind: DictionaryKind,
  code: string,
  values: DictionaryEntryValues,
  previous: DictionaryEntry | null,
) {
  return api.put<DictionaryEntry>(`/api/dictionaries/${kind}/${code}`, {
    ...values,
    previous: previous && {
      label: previous.label,
      sortOrder: previous.sortOrder,
      disabled: previous.disabled,
    },
  });
}
