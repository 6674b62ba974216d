import { useEffect, useMemo, useRef } from 'react';
import { Box } from '@mantine/core';
import {
  IconArrowsExchange,
  IconCalendarEvent,
  IconPhoneCall,
  IconBriefcase,
  IconBuildingCommunity,
  IconChartBar,
  IconClipboardCheck,
  IconClipboardHeart,
  IconClipboardList,
  IconDatabaseImport,
  IconLayoutDashboard,
  IconListCheck,
  IconListSearch,
  IconScale,
  IconSettings,
  IconWebhook,
  IconKey,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AUDIT_TRAIL_ROLES, CHART_AUDIT_READER_ROLES, CASELOAD_ROLES, REPORT_ROLES, Role, TASK_CARRIER_ROLES, WORKLIST_OVERSEER_ROLES } from '@waymark/shared/types';
import { AppFrame, IdleLock, LoadingState, useSessionState, type NavItem } from '@waymark/web/core';
import { ClientSearch } from '@waymark/web/client';
import { InboxCountBadge, useReferralInboxCount } from '@waymark/web/referral';
import { LockOverlay } from '@waymark/web/identity';

const ICON = { size: 20, stroke: 1.6, 'aria-hidden': true } as const;

/**
 * Everything behind sign-in. While the session is locked (inactivity or expiry) the page
 * stays mounted, hidden and inert, under the sign-in overlay: the same person signing in
 * finds it as they left it. When another person signs in, the page is rebuilt from scratch
 * and they start at the dashboard.
 */
export function ProtectedLayout() {
  const { t } = useTranslation();
  const { status, user, generation, signedOutByUser } = useSessionState();
  const location = useLocation();
  const navigate = useNavigate();
  const seenGeneration = useRef(generation);
  // Checked only while the session is in use: not before sign-in, nor under the lock.
  const inboxCount = useReferralInboxCount(status === 'active');

  useEffect(() => {
    if (generation === seenGeneration.current) return;
    seenGeneration.current = generation;
    if (status === 'active') navigate('/dashboard', { replace: true });
  }, [generation, status, navigate]);

  // Dialogs, menus and notifications of the locked page live in portals outside it: hide them too.
  const locked = status === 'locked';
  useEffect(() => {
    if (!locked) return;
    document.body.dataset['locked'] = 'true';
    return () => {
      delete document.body.dataset['locked'];
    };
  }, [locked]);

  // Back from the lock screen, keyboard and screen-reader users resume where they were.
  const lastFocus = useRef<HTMLElement | null>(null);
  const wasLocked = useRef(false);
  useEffect(() => {
    if (locked) {
      wasLocked.current = true;
      return;
    }
    if (!wasLocked.current) return;
    wasLocked.current = false;
    const target = lastFocus.current;
    if (target?.isConnected) target.focus({ preventScroll: true });
    else if (!document.activeElement || document.activeElement === document.body) {
      document.getElementById('main-content')?.focus({ preventScroll: true });
    }
  }, [locked]);

  const navigation = useMemo<NavItem[]>(() => {
    const items: NavItem[] = [
      { to: '/dashboard', label: t('nav.dashboard'), icon: <IconLayoutDashboard {...ICON} /> },
      ...(user?.role && TASK_CARRIER_ROLES.includes(user.role) ? [{ to: '/worklist', label: t('carePlan:worklist.nav'), icon: <IconListCheck {...ICON} /> }] : []),
      ...(user?.role && TASK_CARRIER_ROLES.includes(user.role) ? [{ to: '/calendar', label: t('carePlan:appointments.calendar.nav'), icon: <IconCalendarEvent {...ICON} /> }] : []),
      { to: '/on-call', label: t('carePlan:onCall.nav'), icon: <IconPhoneCall {...ICON} /> },
      { to: '/clients', label: t('nav.clients'), icon: <IconUsersGroup {...ICON} /> },
      ...(user?.role && CASELOAD_ROLES.includes(user.role) ? [{ to: '/clients/caseload', label: t('client:nav.caseload'), icon: <IconBriefcase {...ICON} /> }] : []),
      ...(user?.role && WORKLIST_OVERSEER_ROLES.includes(user.role) ? [{ to: '/supervision', label: t('carePlan:supervision.nav'), icon: <IconScale {...ICON} /> }] : []),
      ...(user?.role && AUDIT_TRAIL_ROLES.includes(user.role) ? [{ to: '/audit', label: t('audit:trail.nav'), icon: <IconListSearch {...ICON} /> }] : []),
      ...(user?.role && CHART_AUDIT_READER_ROLES.includes(user.role) ? [{ to: '/chart-audits', label: t('audit:chartAudits.nav'), icon: <IconClipboardCheck {...ICON} /> }] : []),
      { to: '/care-plans', label: t('nav.carePlans'), icon: <IconClipboardHeart {...ICON} /> },
      {
        to: '/referrals',
        label: t('nav.referrals'),
        icon: <IconArrowsExchange {...ICON} />,
        badge: inboxCount ? <InboxCountBadge count={inboxCount} /> : undefined,
      },
      { to: '/directory', label: t('nav.directory'), icon: <IconBuildingCommunity {...ICON} /> },
      ...(user?.role && REPORT_ROLES.includes(user.role) ? [{ to: '/reports', label: t('nav.reports'), icon: <IconChartBar {...ICON} /> }] : []),
    ];
    if (user?.role === Role.ADMIN) {
      items.push(
        { to: '/admin', label: t('nav.admin'), icon: <IconSettings {...ICON} /> },
        { to: '/admin/instruments', label: t('carePlan:assessment.instruments.nav'), icon: <IconClipboardList {...ICON} /> },
        { to: '/admin/directory', label: t('directory:admin.nav'), icon: <IconDatabaseImport {...ICON} /> },
        { to: '/admin/webhooks', label: t('webhooks:nav'), icon: <IconWebhook {...ICON} /> },
        { to: '/admin/api-clients', label: t('apiClients:nav'), icon: <IconKey {...ICON} /> },
      );
    }
    return items;
  }, [t, user?.role, inboxCount]);

  if (status === 'restoring') {
    return (
      <Box mih="100dvh" pt="xl">
        <LoadingState />
      </Box>
    );
  }
  if (status === 'signedOut' || !user) {
    // After "Sign out" start afresh; otherwise come back here after signing in.
    if (signedOutByUser) return <Navigate to="/login" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }

  const mustChangePassword = user.mustChangePassword && location.pathname !== '/profile';

  return (
    <>
      <div
        hidden={locked}
        inert={locked}
        onFocus={(event) => {
          if (event.target instanceof HTMLElement) lastFocus.current = event.target;
        }}
      >
        {/* Keyed like the page: another person signing in gets a header of their own, not the previous person's. */}
        <AppFrame key={generation} navigation={navigation} search={<ClientSearch />}>
          {mustChangePassword ? <Navigate to="/profile" replace /> : <Outlet key={generation} />}
        </AppFrame>
      </div>
      {locked ? <LockOverlay /> : null}
      <IdleLock />
    </>
  );
}
