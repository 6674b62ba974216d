import { Button } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EnrollmentAction } from '@waymark/web/client';

/** On each open enrollment card: the directory searched for this client (near their home, for their age). */
export const FindServicesAction: EnrollmentAction = ({ clientId, enrollment }) => {
  const { t } = useTranslation('directory');
  return (
    <Button
      component={Link}
      to={`/directory?clientId=${encodeURIComponent(clientId)}`}
      size="xs"
      variant="light"
      leftSection={<IconBuildingCommunity size={14} aria-hidden />}
      aria-label={t('search.findServicesNamed', { program: enrollment.programName })}
    >
      {t('search.findServices')}
    </Button>
  );
};
