// Every page and the permission it needs (the same as the side menu's).
import { Button, Result, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Link } from 'react-router';
import { RequirePermission } from './features/auth/guards';
import { AppShell } from './features/shell/app-shell';
import { AssessmentPage } from './routes/assessment';
import { AssessmentResultPage } from './routes/assessment-result';
import { AssessmentRunPage } from './routes/assessment-run';
import { AssessmentSchemePage } from './routes/assessment-scheme';
import { AuditPage } from './routes/audit';
import { BulletinDetailPage } from './routes/bulletin-detail';
import { BulletinNewPage } from './routes/bulletin-new';
import { BulletinsPage } from './routes/bulletins';
import { CalendarPage } from './routes/calendar';
import { CaseDetailPage } from './routes/case-detail';
import { CaseIntakePage } from './routes/case-intake';
import { CaseRegistrationPage } from './routes/case-registration';
import { CasesPage } from './routes/cases';
import { ChangePasswordPage } from './routes/change-password';
import { CourtExchangePage } from './routes/court-exchange';
import { CourtsPage } from './routes/courts';
import { DictionariesPage } from './routes/dictionaries';
import { HomePage } from './routes/home';
import { IndicatorsPage } from './routes/indicators';
import { LoginPage } from './routes/login';
import { MonthlyReportDetailPage } from './routes/monthly-report-detail';
import { MonthlyReportsPage } from './routes/monthly-reports';
import { OrgsPage } from './routes/orgs';
import { PeriodicReportDetailPage } from './routes/periodic-report-detail';
import { PeriodicReportsPage } from './routes/periodic-reports';
import { SecurityPolicyPage } from './routes/security-policy';
import { SuggestionDetailPage } from './routes/suggestion-detail';
import { SuggestionsPage } from './routes/suggestions';
import { TokensPage } from './routes/tokens';
import { UsersPage } from './routes/users';

// The dashboard carries ECharts (about a third of the bundle): loaded when first opened.
const DashboardPage = lazy(() => import('./routes/dashboard').then((m) => ({ default: m.DashboardPage })));

function NotFound() {
  return (
    <Result
      status="404"
      title="页面不存在"
      extra={
        <Link to="/">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'change-password', element: <ChangePasswordPage /> },
      {
        path: 'cases',
        element: (
          <RequirePermission permission="case.read">
            <CasesPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/new',
        element: (
          <RequirePermission permission="case.create">
            <CaseIntakePage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/:id/registration',
        element: (
          <RequirePermission permission="case.correct">
            <CaseRegistrationPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/:id',
        element: (
          <RequirePermission permission="case.read">
            <CaseDetailPage />
          </RequirePermission>
        ),
      },
      {
        path: 'suggestions',
        element: (
          <RequirePermission permission="suggestion.read">
            <SuggestionsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'suggestions/:id',
        element: (
          <RequirePermission permission="suggestion.read">
            <SuggestionDetailPage />
          </RequirePermission>
        ),
      },
      {
        path: 'bulletins',
        element: (
          <RequirePermission permission="bulletin.read">
            <BulletinsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'bulletins/new',
        element: (
          <RequirePermission permission="bulletin.send">
            <BulletinNewPage />
          </RequirePermission>
        ),
      },
      {
        path: 'bulletins/:id',
        element: (
          <RequirePermission permission="bulletin.read">
            <BulletinDetailPage />
          </RequirePermission>
        ),
      },
      {
        path: 'monthly-reports',
        element: (
          <RequirePermission permission="monthly-report.read">
            <MonthlyReportsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'monthly-reports/:id',
        element: (
          <RequirePermission permission="monthly-report.read">
            <MonthlyReportDetailPage />
          </RequirePermission>
        ),
      },
      {
        path: 'periodic-reports',
        element: (
          <RequirePermission permission="periodic-report.read">
            <PeriodicReportsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'periodic-reports/:id',
        element: (
          <RequirePermission permission="periodic-report.read">
            <PeriodicReportDetailPage />
          </RequirePermission>
        ),
      },
      {
        path: 'court-exchange',
        element: (
          <RequirePermission permission="exchange.import">
            <CourtExchangePage />
          </RequirePermission>
        ),
      },
      {
        path: 'dashboard',
        element: (
          <RequirePermission permission="indicator.read">
            <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
              <DashboardPage />
            </Suspense>
          </RequirePermission>
        ),
      },
      {
        path: 'indicators',
        element: (
          <RequirePermission permission="indicator.read">
            <IndicatorsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'assessment',
        element: (
          <RequirePermission permission="assessment.read">
            <AssessmentPage />
          </RequirePermission>
        ),
      },
      {
        path: 'assessment/schemes/new',
        element: (
          <RequirePermission permission="assessment.manage">
            <AssessmentSchemePage />
          </RequirePermission>
        ),
      },
      {
        path: 'assessment/schemes/:id',
        element: (
          <RequirePermission permission="assessment.read">
            <AssessmentSchemePage />
          </RequirePermission>
        ),
      },
      {
        path: 'assessment/runs/:id',
        element: (
          <RequirePermission permission="assessment.read">
            <AssessmentRunPage />
          </RequirePermission>
        ),
      },
      {
        path: 'assessment/runs/:id/results/:organisationId',
        element: (
          <RequirePermission permission="assessment.read">
            <AssessmentResultPage />
          </RequirePermission>
        ),
      },
      {
        path: 'orgs',
        element: (
          <RequirePermission permission="org.read">
            <OrgsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'courts',
        element: (
          <RequirePermission permission="court.read">
            <CourtsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'calendar',
        element: (
          <RequirePermission permission="calendar.manage">
            <CalendarPage />
          </RequirePermission>
        ),
      },
      {
        path: 'dictionaries',
        element: (
          <RequirePermission permission="dictionary.manage">
            <DictionariesPage />
          </RequirePermission>
        ),
      },
      {
        path: 'users',
        element: (
          <RequirePermission permission="user.read">
            <UsersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'tokens',
        element: (
          <RequirePermission permission="token.read">
            <TokensPage />
          </RequirePermission>
        ),
      },
      {
        path: 'security-policy',
        element: (
          <RequirePermission permission="security-policy.read">
            <SecurityPolicyPage />
          </RequirePermission>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequirePermission permission="audit.read">
            <AuditPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
