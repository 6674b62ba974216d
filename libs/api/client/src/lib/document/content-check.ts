import { DocumentContentType } from '@waymark/shared/types';
import { declaredType, sniffContent } from './content-sniffing';
import { documentRefusal } from './document-refusals';

/**
 * The type a file is kept as, judged by its content: refused when empty, too large, not an
 * accepted kind, or when the type it was sent as says otherwise. The file name plays no part.
 */
export function checkContent(content: Buffer, declared: string | undefined, maxBytes: number): DocumentContentType {
  if (!content.length) throw documentRefusal.missing();
  if (content.length > maxBytes) throw documentRefusal.tooLarge(maxBytes);
  const sniffed = sniffContent(content);
  if ('refused' in sniffed) throw documentRefusal.refusedType(sniffed.refused);
  const claimed = declaredType(declared);
  if (claimed && claimed !== sniffed.accepted && !isTextFlavour(claimed, sniffed.accepted)) throw documentRefusal.mismatch(claimed, sniffed.accepted);
  return sniffed.accepted;
}

/** A CSV or Markdown file is declared as such and kept as the plain text it is. */
function isTextFlavour(claimed: string, detected: DocumentContentType): boolean {
  return detected === DocumentContentType.TEXT && claimed.startsWith('text/') && !['text/html', 'text/xml'].includes(claimed);
}
