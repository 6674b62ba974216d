import { useMemo } from 'react';
import { DOCUMENT_UPLOAD_PATH } from '@waymark/shared/types';
import { type SessionManager, useSession } from '@waymark/web/core';

/** A refusal of the documents routes, as their JSON body says it (code, reason, fields). */
export class DocumentRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reason: string | undefined,
    readonly fields: { field: string; message: string }[],
    message: string,
    /** The rest of the body, e.g. `maxBytes` of FILE_TOO_LARGE */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DocumentRequestError';
  }
}

/** What an upload sends beside the file; optional fields left empty are left out. */
export interface UploadFields {
  clientId: string;
  documentType: string;
  title: string;
  documentDate: string;
  expiresOn?: string;
  ownerType?: string;
  ownerId?: string;
}

/**
 * Sends a request to the documents routes with the session's bearer token, the way the
 * Apollo link does: a token the API rejects is refreshed once and the request tried again.
 */
async function authorized(session: SessionManager, path: string, init: RequestInit = {}): Promise<Response> {
  const send = async () => {
    const token = await session.getAccessToken();
    return { token, response: await fetch(path, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } }) };
  };
  const first = await send();
  let { response } = first;
  if (response.status === 401) {
    await session.recoverFromRejectedToken(first.token);
    ({ response } = await send());
  }
  if (!response.ok) throw await refusalOf(response);
  return response;
}

async function refusalOf(response: Response): Promise<DocumentRequestError> {
  const body = (await response.json().catch(() => ({}))) as { code?: string; reason?: string; message?: string; fields?: { field: string; message: string }[] };
  const { code, reason, fields, message, ...details } = body;
  return new DocumentRequestError(response.status, code ?? 'UNKNOWN', reason, fields ?? [], message ?? response.statusText, details);
}

/** Uploading a document and fetching a document's content, with the signed-in person's session. */
export function useDocumentHttp() {
  const session = useSession();
  return useMemo(
    () => ({
      async upload(fields: UploadFields, file: File): Promise<{ id: string }> {
        const form = new FormData();
        for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
        // Last, so the server has every field in hand by the time the bytes arrive.
        form.append('file', file, file.name);
        const response = await authorized(session, DOCUMENT_UPLOAD_PATH, { method: 'POST', body: form });
        return (await response.json()) as { id: string };
      },
      async content(contentPath: string): Promise<Blob> {
        return (await authorized(session, contentPath)).blob();
      },
    }),
    [session],
  );
}
