// Entry of the web UI: Chinese locale, the query cache, the router, and the
// one place that reacts to a lost session.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { clearSession, SESSION_KEY } from './features/auth/session';
import { isApiError, setAuthProblemHandler } from './lib/api-client';
import { router } from './router';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      refetchOnWindowFocus: false,
      // Retrying cannot fix a refusal: only network failures are retried.
      retry: (count, error) => count < 2 && isApiError(error, 'INTERNAL') && error.status === 0,
    },
  },
});

setAuthProblemHandler((problem) => {
  if (problem === 'PASSWORD_CHANGE_REQUIRED') {
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    void router.navigate('/change-password');
    return;
  }
  // Signed in again, the user comes back to the page they were on.
  const from = router.state.location.pathname;
  clearSession(queryClient, problem === 'SESSION_EXPIRED' ? 'expired' : null);
  void router.navigate('/login', { replace: true, state: { from } });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
