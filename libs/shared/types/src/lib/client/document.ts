/** What a client's document is. Never rename a value: documents keep theirs. */
export const DocumentType = {
  SIGNED_CONSENT: 'SIGNED_CONSENT',
  RELEASE_OF_INFORMATION: 'RELEASE_OF_INFORMATION',
  ID: 'ID',
  MEDICAL_LETTER: 'MEDICAL_LETTER',
  COURT_ORDER: 'COURT_ORDER',
  RECEIPT: 'RECEIPT',
  INSURANCE_CARD: 'INSURANCE_CARD',
  OTHER: 'OTHER',
} as const;
export type DocumentType = (typeof DocumentType)[keyof typeof DocumentType];
export const DOCUMENT_TYPES = Object.values(DocumentType);

/** The record a document is attached to: the client, or one of the client's records. */
export const DocumentOwnerType = {
  CLIENT: 'CLIENT',
  ENROLLMENT: 'ENROLLMENT',
  CASE_NOTE: 'CASE_NOTE',
  CONSENT: 'CONSENT',
  INCIDENT: 'INCIDENT',
  REFERRAL: 'REFERRAL',
  /** A trust-fund request: its receipts. */
  FUND_REQUEST: 'FUND_REQUEST',
} as const;
export type DocumentOwnerType = (typeof DocumentOwnerType)[keyof typeof DocumentOwnerType];
export const DOCUMENT_OWNER_TYPES = Object.values(DocumentOwnerType);

/** The kinds of file accepted, as the server recognises them by their content. */
export const DocumentContentType = {
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  WEBP: 'image/webp',
  HEIC: 'image/heic',
  TIFF: 'image/tiff',
  TEXT: 'text/plain',
} as const;
export type DocumentContentType = (typeof DocumentContentType)[keyof typeof DocumentContentType];
export const DOCUMENT_CONTENT_TYPES = Object.values(DocumentContentType);

/** What a browser can show in a page (a preview) rather than only download; HEIC and TIFF mostly cannot. */
export const PREVIEWABLE_CONTENT_TYPES: readonly string[] = [DocumentContentType.PDF, DocumentContentType.PNG, DocumentContentType.JPEG, DocumentContentType.WEBP];

export function isPreviewable(contentType: string): boolean {
  return PREVIEWABLE_CONTENT_TYPES.includes(contentType);
}

/** The default upper bound of one file (DOCUMENT_MAX_BYTES): a scanned multi-page letter fits, a video does not. */
export const DOCUMENT_MAX_BYTES_DEFAULT = 10 * 1024 * 1024;
export const DOCUMENT_TITLE_MAX_LENGTH = 200;
/** A file name as the uploader's device gave it, kept for the download. */
export const DOCUMENT_FILE_NAME_MAX_LENGTH = 255;

/** Why an upload was refused, in `extensions.reason` of a BAD_USER_INPUT. */
export const DocumentRefusal = {
  /** Larger than DOCUMENT_MAX_BYTES; `maxBytes` says the limit. */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  /** The content is not one of DOCUMENT_CONTENT_TYPES, whatever its name says; `detected` names what it is when known. */
  FILE_TYPE_REFUSED: 'FILE_TYPE_REFUSED',
  /** The declared type and the content disagree (a PNG sent as application/pdf). */
  FILE_TYPE_MISMATCH: 'FILE_TYPE_MISMATCH',
  /** No file, or an empty one. */
  FILE_MISSING: 'FILE_MISSING',
} as const;
export type DocumentRefusal = (typeof DocumentRefusal)[keyof typeof DocumentRefusal];

/** A document lapses after its expiry day (an ID, a consent form); a calendar date compare, 'YYYY-MM-DD'. */
export function isDocumentExpired(expiresOn: string | null | undefined, today: string): boolean {
  return !!expiresOn && expiresOn < today;
}

/** Where the API serves a document's content (bearer token required). */
export const documentContentPath = (documentId: string) => `/documents/${encodeURIComponent(documentId)}/content`;
/** Where files are uploaded (multipart/form-data, bearer token required). */
export const DOCUMENT_UPLOAD_PATH = '/documents';
