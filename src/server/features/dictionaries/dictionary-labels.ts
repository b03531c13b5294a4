// The dictionaries' labels (案由, 管理领域 …) for the case list and page, read at
// most every few seconds; saveDictionaryEntry drops them.
import { readCache } from '../../read-cache';
import { dictionaryLabels } from '../cases/cases.queries';

export const dictionaryLabelsForDisplay = readCache(dictionaryLabels);
