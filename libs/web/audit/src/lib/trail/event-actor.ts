import type { TFunction } from 'i18next';

/** Who acted, as the trail names them: the user's name, or what kind of actor it was. */
export function actorLabel(event: { actorType: string; actorName?: string | null }, t: TFunction<'audit'>): string {
  if (event.actorName) return event.actorName;
  if (event.actorType === 'USER') return t('trail.actor.unknown');
  return t(`trail.actor.${event.actorType}`, { defaultValue: event.actorType });
}
