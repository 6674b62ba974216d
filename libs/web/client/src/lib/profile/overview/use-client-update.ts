import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { getErrorInfo, type ClientProfileFieldsFragment, type ErrorInfo, type UpdateClientInput } from '@waymark/web/core';
import { updateClientMutation } from '../profile.operations';
import { evictClientLists } from '../../shared/client-cache';

type ClientPatch = Omit<UpdateClientInput, 'clientId' | 'version'>;

/**
 * Saves changed fields of the client at the version on screen. A failure is kept to be
 * said where the form is.
 */
export function useClientUpdate(client: Pick<ClientProfileFieldsFragment, 'id' | 'version'>) {
  const [update, { loading }] = useMutation(updateClientMutation, { update: evictClientLists });
  const [error, setError] = useState<unknown>(null);
  /** Resolves with null once saved, or with what went wrong. */
  const save = async (patch: ClientPatch): Promise<ErrorInfo | null> => {
    setError(null);
    try {
      await update({ variables: { input: { clientId: client.id, version: client.version, ...patch } } });
      return null;
    } catch (failure) {
      setError(failure);
      return getErrorInfo(failure);
    }
  };
  return { save, loading, error, clearError: () => setError(null) };
}
