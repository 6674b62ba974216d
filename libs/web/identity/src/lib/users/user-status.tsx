import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocked } from '../format';

export function UserStatusBadges({
  active,
  lockedUntil,
  mustChangePassword,
}: {
  active: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
}) {
  const { t } = useTranslation('identity');
  return (
    <Group gap={4} wrap="wrap">
      {active ? (
        <Badge color="green" variant="light" tt="none">
          {t('users.active')}
        </Badge>
      ) : (
        <Badge color="gray" variant="light" tt="none">
          {t('users.inactive')}
        </Badge>
      )}
      {isLocked(lockedUntil) ? (
        <Badge color="red" variant="light" tt="none">
          {t('users.locked')}
        </Badge>
      ) : null}
      {mustChangePassword ? (
        <Badge color="yellow" variant="light" tt="none">
          {t('users.mustChangePassword')}
        </Badge>
      ) : null}
    </Group>
  );
}
