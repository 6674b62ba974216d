import type { TFunction } from 'i18next';
import { ROLES, type Role } from '@waymark/shared/types';

export function roleOptions(t: TFunction): { value: Role; label: string }[] {
  return ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }));
}

export function isRole(value: string | null | undefined): value is Role {
  return !!value && (ROLES as readonly string[]).includes(value);
}
