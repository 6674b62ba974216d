import { BadInputError } from '@waymark/api/common';
import type { ClientAccess } from '../access/client-access.service';
import type { ClientEntity } from './client.entity';

/** The client if the caller may change it and it is not a merged alias (whose data lives on in the record it was merged into). */
export async function requireWritable(access: ClientAccess, clientId: string, field = 'clientId'): Promise<ClientEntity> {
  const client = await access.require(clientId, 'write');
  if (client.mergedIntoId) {
    throw new BadInputError('This record was merged into another client record; change that one instead.', [{ field, message: 'merged record' }]);
  }
  return client;
}
