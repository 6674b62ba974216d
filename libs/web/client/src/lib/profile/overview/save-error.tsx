import { useTranslation } from 'react-i18next';
import { ActionError } from '../../shared/action-error';

/**
 * A refused save of the client's record, said in words. On CONFLICT it offers the latest
 * version; the form keeps what this person changed, on top of it.
 */
export function SaveError({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation('client');
  return (
    <ActionError
      error={error}
      onReload={onReload}
      reloadLabel={t('profile.reload')}
      overrides={{ CONFLICT: t('profile.conflictKeepEdits'), BAD_USER_INPUT: t('profile.badInput') }}
    />
  );
}
