import { useQuery } from '@apollo/client/react';
import { directoryClientQuery } from './search.operations';

/**
 * The client a search is for (`?clientId=`): their name, their age and where they live. A
 * client whose address has no map position gives no point, and the page says so.
 */
export function useSearchClient(clientId: string | null) {
  const { data, loading, error } = useQuery(directoryClientQuery, { variables: { id: clientId ?? '' }, skip: !clientId });
  const client = clientId && data?.client.id === clientId ? data.client : null;
  const latitude = client?.address?.latitude;
  const longitude = client?.address?.longitude;
  const point = typeof latitude === 'number' && typeof longitude === 'number' ? { latitude, longitude } : null;
  return { client, point, loading: !!clientId && loading, error: clientId ? error : undefined };
}
