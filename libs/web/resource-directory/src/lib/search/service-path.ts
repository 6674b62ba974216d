/** A service's page; with the client the search was for, so "Refer" carries them on. */
export function servicePath(serviceId: string, clientId: string | null): string {
  const path = `/directory/services/${encodeURIComponent(serviceId)}`;
  return clientId ? `${path}?clientId=${encodeURIComponent(clientId)}` : path;
}
