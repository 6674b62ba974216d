/** A refusal worded by us: safe to keep on the record as it is (no address, host or secret in it). */
export class DeliveryRefused extends Error {}

const BY_CODE: Record<string, string> = {
  ECONNREFUSED: 'The server refused the connection (ECONNREFUSED).',
  ECONNRESET: 'The server dropped the connection (ECONNRESET).',
  ENOTFOUND: 'The server’s name could not be found (ENOTFOUND).',
  EDNS: 'The server’s name could not be found (EDNS).',
  ETIMEDOUT: 'The server did not answer in time (ETIMEDOUT).',
  ECONNECTION: 'The server could not be reached (ECONNECTION).',
  ESOCKET: 'The connection to the server failed (ESOCKET).',
  EAUTH: 'The server refused our credentials (EAUTH).',
  EENVELOPE: 'The server refused the sender or the recipient (EENVELOPE).',
  EMESSAGE: 'The server refused the message (EMESSAGE).',
};

/**
 * Why a delivery failed, in words the record and the audit trail may keep. A provider's own
 * message often names the recipient ("550 5.1.1 <ana@…> unknown") or an internal host, which
 * would undo the address masking of the trail, so only its code is kept; the whole error goes
 * to the log, under the request's id.
 */
export function deliveryFailure(error: unknown): string {
  if (error instanceof DeliveryRefused) return error.message;
  const shape = (error ?? {}) as { code?: unknown; responseCode?: unknown; name?: unknown; cause?: { code?: unknown } };
  if (shape.name === 'TimeoutError') return BY_CODE['ETIMEDOUT'];
  const code = typeof shape.code === 'string' ? shape.code : typeof shape.cause?.code === 'string' ? shape.cause.code : null;
  if (typeof shape.responseCode === 'number') {
    return shape.responseCode >= 500 ? `The server refused the message for good (${shape.responseCode}).` : `The server refused the message for now (${shape.responseCode}); try again later.`;
  }
  if (code && BY_CODE[code]) return BY_CODE[code];
  return code ? `The message could not be sent (${code.slice(0, 40)}).` : 'The message could not be sent.';
}
