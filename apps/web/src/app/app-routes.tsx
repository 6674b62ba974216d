import { Navigate, Route, Routes } from 'react-router';
import { AUDIT_TRAIL_ROLES, CHART_AUDIT_READER_ROLES, REPORT_ROLES, Role, TASK_CARRIER_ROLES, WORKLIST_OVERSEER_ROLES } from '@waymark/shared/types';
import { DashboardPage, NotFoundPage, RequireRole } from '@waymark/web/core';
import {
  CaseloadPage,
  CLIENT_CREATOR_ROLES,
  ClientDashboard,
  ClientProfilePage,
  ClientsPage,
  IncidentReviewPage,
  IntakeWizardPage,
  REVIEWER_ROLES,
} from '@waymark/web/client';
import {
  AssessmentPage,
  CalendarPage,
  OnCallNowPanel,
  OnCallPage,
  CareDashboard,
  SupervisionPage,
  CarePlanPrintPage,
  CarePlansPage,
  DischargeWizardPage,
  InstrumentPage,
  InstrumentsPage,
  ReportsPage,
  WorklistPage,
} from '@waymark/web/care-plan';
import { DirectoryAdminPage, DirectoryImportPage, DirectoryOrganizationPage, DirectoryPage, ServicePage } from '@waymark/web/resource-directory';
import { ApiClientsPage, CreateUserPage, LoginPage, ProfilePage, UserDetailPage, UsersPage, WebhooksPage } from '@waymark/web/identity';
import { EditReferralPage, NewReferralPage, ReferralPage, ReferralsPage, ResourceListPrintPage } from '@waymark/web/referral';
import { AuditTrailPage, ChartAuditPage, ChartAuditsPage } from '@waymark/web/audit';
import { ProtectedLayout } from './protected-layout';

const ADMIN_ONLY = [Role.ADMIN] as const;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<ProtectedLayout />}>
        <Route index element={<Navigate to="/dashboard" replace />} />
        <Route
          path="dashboard"
          element={
            <DashboardPage>
              <OnCallNowPanel />
              <CareDashboard />
              <ClientDashboard />
            </DashboardPage>
          }
        />
        <Route path="clients">
          <Route index element={<ClientsPage />} />
          <Route path="caseload" element={<CaseloadPage />} />
          <Route path="new" element={<RequireRole roles={CLIENT_CREATOR_ROLES} />}>
            <Route index element={<IntakeWizardPage />} />
          </Route>
          <Route path="incidents" element={<RequireRole roles={REVIEWER_ROLES} />}>
            <Route index element={<IncidentReviewPage />} />
          </Route>
          <Route path=":id/assessments/:assessmentId" element={<AssessmentPage />} />
          <Route path=":id/care-plans/:planId/print" element={<CarePlanPrintPage />} />
          <Route path=":id/resource-lists/:listId/print" element={<ResourceListPrintPage />} />
          <Route path=":id/discharge/:enrollmentId" element={<DischargeWizardPage />} />
          <Route path=":id/:tab?" element={<ClientProfilePage />} />
        </Route>
        <Route path="worklist" element={<RequireRole roles={TASK_CARRIER_ROLES} />}>
          <Route index element={<WorklistPage />} />
        </Route>
        <Route path="on-call" element={<OnCallPage />} />
        <Route path="audit" element={<RequireRole roles={AUDIT_TRAIL_ROLES} />}>
          <Route index element={<AuditTrailPage />} />
        </Route>
        <Route path="chart-audits">
          <Route element={<RequireRole roles={CHART_AUDIT_READER_ROLES} />}>
            <Route index element={<ChartAuditsPage />} />
          </Route>
          {/* A worker opens the audit from their corrective action's task; the API shows them their charts. */}
          <Route path=":id" element={<ChartAuditPage />} />
        </Route>
        <Route path="supervision" element={<RequireRole roles={WORKLIST_OVERSEER_ROLES} />}>
          <Route index element={<SupervisionPage />} />
        </Route>
        <Route path="calendar" element={<RequireRole roles={TASK_CARRIER_ROLES} />}>
          <Route index element={<CalendarPage />} />
        </Route>
        <Route path="care-plans" element={<CarePlansPage />} />
        <Route path="referrals">
          <Route index element={<ReferralsPage />} />
          <Route path="new" element={<NewReferralPage />} />
          <Route path=":id" element={<ReferralPage />} />
          <Route path=":id/edit" element={<EditReferralPage />} />
        </Route>
        <Route path="directory">
          <Route index element={<DirectoryPage />} />
          <Route path="services/:id" element={<ServicePage />} />
        </Route>
        <Route path="reports" element={<RequireRole roles={REPORT_ROLES} />}>
          <Route index element={<ReportsPage />} />
        </Route>
        <Route path="profile" element={<ProfilePage />} />
        <Route path="admin" element={<RequireRole roles={ADMIN_ONLY} />}>
          <Route index element={<Navigate to="users" replace />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="users/new" element={<CreateUserPage />} />
          <Route path="users/:id" element={<UserDetailPage />} />
          <Route path="webhooks" element={<WebhooksPage />} />
          <Route path="api-clients" element={<ApiClientsPage />} />
          <Route path="instruments" element={<InstrumentsPage />} />
          <Route path="instruments/:instrumentId" element={<InstrumentPage />} />
          <Route path="directory" element={<DirectoryAdminPage />} />
          <Route path="directory/import" element={<DirectoryImportPage />} />
          <Route path="directory/organizations/:id" element={<DirectoryOrganizationPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
