import { useCallback, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DocumentOwnerType } from '@waymark/shared/types';
import { formatCalendarDate, formatDay } from '../shared/format';
import { documentOwnersQuery, documentReferralOwnersQuery } from './document.operations';

/** A record a document may be attached to, as a Select value: `TYPE:id`. */
export interface OwnerChoice {
  value: string;
  label: string;
}

export interface OwnerGroup {
  group: string;
  items: OwnerChoice[];
}

export const ownerValue = (ownerType: DocumentOwnerType, ownerId: string) => `${ownerType}:${ownerId}`;

export function parseOwnerValue(value: string): { ownerType: DocumentOwnerType; ownerId: string } | null {
  const [ownerType, ownerId] = value.split(':');
  return ownerType && ownerId ? { ownerType: ownerType as DocumentOwnerType, ownerId } : null;
}

/**
 * The client's records a document may be attached to (enrollments, consents, notes, incidents,
 * referrals), grouped and named for a picker, and the name of any one of them for a list.
 */
export function useDocumentOwners(clientId: string) {
  const { t, i18n } = useTranslation('client');
  const language = i18n.language;
  const records = useQuery(documentOwnersQuery, { variables: { clientId } });
  const referrals = useQuery(documentReferralOwnersQuery, { variables: { clientId }, errorPolicy: 'ignore' });

  const groups = useMemo<OwnerGroup[]>(() => {
    const data = records.data;
    const label = (type: Exclude<DocumentOwnerType, 'CLIENT'>, values: Record<string, string>) => t(`documents.ownerLabels.${type}`, values);
    const group = (type: Exclude<DocumentOwnerType, 'CLIENT'>, items: OwnerChoice[]) => ({ group: t(`documents.ownerGroups.${type}`), items });
    return [
      group(
        DocumentOwnerType.ENROLLMENT,
        (data?.clientEnrollments ?? []).map((e) => ({
          value: ownerValue(DocumentOwnerType.ENROLLMENT, e.id),
          label: label(DocumentOwnerType.ENROLLMENT, { program: e.program.name, date: formatCalendarDate(e.openedOn, language) }),
        })),
      ),
      group(
        DocumentOwnerType.CONSENT,
        (data?.clientConsents ?? []).map((c) => ({
          value: ownerValue(DocumentOwnerType.CONSENT, c.id),
          label: label(DocumentOwnerType.CONSENT, { name: c.recipientName, date: formatCalendarDate(c.signedOn, language) }),
        })),
      ),
      group(
        DocumentOwnerType.CASE_NOTE,
        (data?.caseNotes.edges ?? []).map(({ node }) => ({
          value: ownerValue(DocumentOwnerType.CASE_NOTE, node.id),
          label: label(DocumentOwnerType.CASE_NOTE, { type: t(`tabs.notes.type.${node.noteType}`), date: formatDay(node.occurredAt, language) }),
        })),
      ),
      group(
        DocumentOwnerType.INCIDENT,
        (data?.clientIncidents.edges ?? []).map(({ node }) => ({
          value: ownerValue(DocumentOwnerType.INCIDENT, node.id),
          label: label(DocumentOwnerType.INCIDENT, { type: t(`tabs.incidents.type.${node.incidentType}`), date: formatDay(node.occurredAt, language) }),
        })),
      ),
      group(
        DocumentOwnerType.REFERRAL,
        (referrals.data?.referrals.edges ?? []).map(({ node }) => ({
          value: ownerValue(DocumentOwnerType.REFERRAL, node.id),
          label: label(DocumentOwnerType.REFERRAL, { name: node.serviceName ?? node.provider?.name ?? '—', date: formatDay(node.createdAt, language) }),
        })),
      ),
    ].filter((g) => g.items.length > 0);
  }, [records.data, referrals.data, t, language]);

  const labelOf = useCallback(
    (ownerType: DocumentOwnerType, ownerId: string) => {
      if (ownerType === DocumentOwnerType.CLIENT) return t('documents.ownerType.CLIENT');
      const value = ownerValue(ownerType, ownerId);
      return groups.flatMap((g) => g.items).find((item) => item.value === value)?.label ?? t(`documents.ownerType.${ownerType}`);
    },
    [groups, t],
  );

  return { groups, labelOf, loading: records.loading };
}
