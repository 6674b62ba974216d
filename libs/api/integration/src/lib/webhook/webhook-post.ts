import { WEBHOOK_RESPONSE_EXCERPT_MAX } from '@waymark/shared/types';
import { Agent, type Dispatcher, fetch, type Response } from 'undici';
import { INTERNAL_ADDRESS_CODE, isInternalAddress, pinnedLookup } from './webhook-target';

export interface PostOutcome {
  statusCode: number | null;
  durationMs: number;
  /** Short and ours: never the receiver's words (those go, cut short, in responseExcerpt). */
  error: string | null;
  responseExcerpt: string | null;
}

/** Reads at most `max` characters of an answer and drops the rest unread. */
async function excerpt(response: Response, max: number): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < max) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text ? text.slice(0, max) : null;
}

const REFUSED_INTERNAL = 'refused: the host is an internal address';

function shortReason(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timed out';
  const code = (error as { cause?: { code?: unknown } })?.cause?.code;
  if (code === INTERNAL_ADDRESS_CODE) return REFUSED_INTERNAL;
  return typeof code === 'string' ? `could not connect (${code})` : 'could not connect';
}

/**
 * How webhooks connect. In production every name is resolved once and every address checked
 * before the socket opens to one of them (pinnedLookup), so a name cannot pass the check and
 * then resolve elsewhere for the connection (DNS rebinding). Elsewhere, a plain agent: tests
 * and developers post to this machine.
 */
export function webhookAgent(production: boolean): Agent {
  return production ? new Agent({ connect: { lookup: pinnedLookup() } }) : new Agent();
}

/** POSTs `body` with `headers`, never following redirects (a redirect is an answer, and not a 2xx). */
export async function postWebhook(
  agent: Dispatcher,
  production: boolean,
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  // A literal address never goes through the lookup, so it is judged here.
  if (production && isInternalAddress(new URL(url).hostname.replace(/^\[|\]$/g, ''))) {
    return { statusCode: null, durationMs: 0, error: REFUSED_INTERNAL, responseExcerpt: null };
  }
  try {
    const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), dispatcher: agent });
    const responseExcerpt = await excerpt(response, WEBHOOK_RESPONSE_EXCERPT_MAX).catch(() => null);
    const ok = response.status >= 200 && response.status < 300;
    return { statusCode: response.status, durationMs: elapsed(), error: ok ? null : `HTTP ${response.status}`, responseExcerpt };
  } catch (error) {
    return { statusCode: null, durationMs: elapsed(), error: shortReason(error), responseExcerpt: null };
  }
}
