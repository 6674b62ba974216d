import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import type { Role } from '@waymark/shared/types';
import { useSessionState } from '../session/session-context';
import { ForbiddenPage } from './placeholder-pages';

/**
 * Shows its routes only to the given roles; others get a clear "no access" page. The API
 * enforces the same rule: this only spares people a page of errors.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children?: ReactNode }) {
  const { user } = useSessionState();
  if (!user || !roles.includes(user.role)) return <ForbiddenPage />;
  return children ? <>{children}</> : <Outlet />;
}
