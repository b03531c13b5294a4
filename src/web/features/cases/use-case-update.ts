// After a step or a correction: the answer is the case as it now stands (put
// straight into the cache), and every list showing cases is refetched.
import { useQueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '../../../shared/api/cases';
import { caseKeys } from './cases-api';

export function useCaseUpdate(caseId: string) {
  const queryClient = useQueryClient();
  return {
    /** The case changed: show the new state, refresh lists and to-dos. */
    saved: async (updated: CaseDetail) => {
      queryClient.setQueryData(caseKeys.detail(caseId), updated);
      await queryClient.invalidateQueries({
        queryKey: caseKeys.all,
        predicate: (query) => query.queryKey[1] !== 'detail',
      });
    },
    /** Someone else saved first: reload the case so the next attempt uses its new version. */
    reload: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
  };
}
