import { isPreviewable } from '@waymark/shared/types';

/**
 * The headers a document is served with. Images and PDFs open in the browser, anything else
 * downloads; the type is the one recognised at upload, never guessed again (nosniff); nothing
 * is cached, and the page a document opens as may load or run nothing.
 */
export function contentHeaders(contentType: string, fileName: string, sizeBytes: number): Record<string, string> {
  const inline = isPreviewable(contentType);
  return {
    'content-type': contentType === 'text/plain' ? 'text/plain; charset=utf-8' : contentType,
    'content-length': String(sizeBytes),
    'content-disposition': `${inline ? 'inline' : 'attachment'}; ${dispositionFileName(fileName)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    // A PDF needs the browser's viewer, which a sandboxed page refuses; everything else is sandboxed too.
    'content-security-policy': `default-src 'none'; img-src 'self'; object-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'${contentType === 'application/pdf' ? '' : '; sandbox'}`,
    'cross-origin-resource-policy': 'same-origin',
  };
}

/** RFC 6266: an ASCII fallback and the name itself, percent-encoded as UTF-8. */
function dispositionFileName(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
