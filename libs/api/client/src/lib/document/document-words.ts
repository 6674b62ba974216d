import type { DocumentOwnerType, DocumentType } from '@waymark/shared/types';

/** How the timeline names each document type. */
export const DOCUMENT_TYPE_WORDS: Record<DocumentType, string> = {
  SIGNED_CONSENT: 'Signed consent',
  RELEASE_OF_INFORMATION: 'Release of information',
  ID: 'ID document',
  MEDICAL_LETTER: 'Medical letter',
  COURT_ORDER: 'Court order',
  RECEIPT: 'Receipt',
  INSURANCE_CARD: 'Insurance card',
  OTHER: 'Document',
};

/** How errors name the record a document was to be attached to. */
export const OWNER_WORDS: Record<DocumentOwnerType, string> = {
  CLIENT: 'Client',
  ENROLLMENT: 'Enrollment',
  CASE_NOTE: 'Case note',
  CONSENT: 'Consent',
  INCIDENT: 'Incident',
  REFERRAL: 'Referral',
  FUND_REQUEST: 'Fund request',
};

export const documentTimelineLine = {
  uploaded: (type: DocumentType, title: string) => `${DOCUMENT_TYPE_WORDS[type]} uploaded: ${title}`,
  removed: (type: DocumentType, title: string) => `${DOCUMENT_TYPE_WORDS[type]} removed: ${title}`,
};
