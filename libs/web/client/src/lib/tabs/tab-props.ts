/** What the profile page hands each record tab: the client it shows. */
export interface ClientTabProps {
  client: { id: string; version: number; displayName: string; status: string };
}
