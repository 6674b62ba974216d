import { Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Role, TASK_CARRIER_ROLES } from '@waymark/shared/types';
import { ComingSoonPage, DashboardPage, NotFoundPage, RequireRole } from '@waymark/web/core';
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
  CarePlanPrintPage,
  CarePlansPage,
  DischargeWizardPage,
  InstrumentPage,
  InstrumentsPage,
  WorklistPage,
} from '@waymark/web/care-plan';
import { DirectoryAdminPage, DirectoryImportPage, DirectoryOrganizationPage, DirectoryPage, ServicePage } from '@waymark/web/resource-directory';
import { CreateUserPage, LoginPage, ProfilePage, UserDetailPage, UsersPage } from '@waymark/web/identity';
import { EditReferralPage, NewReferralPage, ReferralPage, ReferralsPage, ResourceListPrintPage } from '@waymark/web/referral';
import { ProtectedLayout } from './protected-layout';

const ADMIN_ONLY = [Role.ADMIN] as const;

function ComingSoon({ area }: { area: 'reports' }) {
  const { t } = useTranslation();
  return <ComingSoonPage area={t(`nav.${area}`)} />;
}

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
        <Route path="reports/*" element={<ComingSoon area="reports" />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="admin" element={<RequireRole roles={ADMIN_ONLY} />}>
          <Route index element={<Navigate to="users" replace />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="users/new" element={<CreateUserPage />} />
          <Route path="users/:id" element={<UserDetailPage />} />
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
