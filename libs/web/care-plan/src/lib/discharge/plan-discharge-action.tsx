import { Button } from '@mantine/core';
import { IconDoorExit } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EnrollmentAction } from '@waymark/web/client';

/** On each open enrollment card: opens the discharge wizard for that enrollment. */
export const PlanDischargeAction: EnrollmentAction = ({ clientId, enrollment }) => {
  const { t } = useTranslation('carePlan');
  return (
    <Button
      component={Link}
      to={`/clients/${clientId}/discharge/${enrollment.id}`}
      size="xs"
      variant="light"
      leftSection={<IconDoorExit size={14} aria-hidden />}
      aria-label={t('discharge.actionNamed', { program: enrollment.programName })}
    >
      {t('discharge.action')}
    </Button>
  );
};
