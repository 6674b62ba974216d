import { DocumentContentType } from '@waymark/shared/types';

/** What the first bytes of a file say it is: an accepted type, or a description of what was refused. */
export type Sniffed = { accepted: DocumentContentType } | { refused: string | null };

interface Signature {
  offset: number;
  bytes: number[] | string;
}

const at = (content: Buffer, { offset, bytes }: Signature) => {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return content.length >= offset + expected.length && content.subarray(offset, offset + expected.length).equals(expected);
};

/** The accepted types by their magic numbers. A small table, not a library: see the README on why not `file-type`. */
const ACCEPTED: [DocumentContentType, Signature[]][] = [
  [DocumentContentType.PDF, [{ offset: 0, bytes: '%PDF-' }]],
  [DocumentContentType.PNG, [{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }]],
  [DocumentContentType.JPEG, [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }]],
  [DocumentContentType.WEBP, [{ offset: 0, bytes: 'RIFF' }, { offset: 8, bytes: 'WEBP' }]],
  [DocumentContentType.TIFF, [{ offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] }]],
  [DocumentContentType.TIFF, [{ offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] }]],
];

/** HEIF brands a phone's HEIC photo carries in its `ftyp` box (AVIF's `avif` is not among them). */
const HEIC_BRANDS = ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'];

/** Common files that are refused, named so the error can say what the file really is. */
const KNOWN_REFUSED: [string, Signature[]][] = [
  ['a Windows program', [{ offset: 0, bytes: 'MZ' }]],
  ['a Linux program', [{ offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] }]],
  ['a macOS program', [{ offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] }]],
  ['a ZIP archive or Office document', [{ offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] }]],
  ['a GIF image', [{ offset: 0, bytes: 'GIF8' }]],
  ['a RAR archive', [{ offset: 0, bytes: 'Rar!' }]],
  ['a 7-Zip archive', [{ offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] }]],
  ['a gzip archive', [{ offset: 0, bytes: [0x1f, 0x8b] }]],
  ['an old Office document', [{ offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }]],
];

/** Markup a browser would run or render: refused even though it is text. */
const MARKUP = /^\s*<(!doctype|html|head|body|script|svg|\?xml|iframe)\b/i;

/** Control characters plain text never holds (NUL and friends); tab, line feed, form feed and carriage return are fine. */
// eslint-disable-next-line no-control-regex
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function isHeic(content: Buffer): boolean {
  if (!at(content, { offset: 4, bytes: 'ftyp' })) return false;
  return HEIC_BRANDS.includes(content.subarray(8, 12).toString('latin1'));
}

function isPlainText(content: Buffer): 'text' | 'markup' | false {
  let text: string;
  try {
    text = UTF8.decode(content);
  } catch {
    return false;
  }
  if (BINARY_CONTROL.test(text)) return false;
  return MARKUP.test(text.replace(/^\uFEFF/, '')) ? 'markup' : 'text';
}

/** What a file is, judged by its bytes alone; its name and declared type play no part. */
export function sniffContent(content: Buffer): Sniffed {
  for (const [type, signatures] of ACCEPTED) if (signatures.every((signature) => at(content, signature))) return { accepted: type };
  if (isHeic(content)) return { accepted: DocumentContentType.HEIC };
  for (const [name, signatures] of KNOWN_REFUSED) if (signatures.every((signature) => at(content, signature))) return { refused: name };
  const text = isPlainText(content);
  if (text === 'text') return { accepted: DocumentContentType.TEXT };
  return { refused: text === 'markup' ? 'a web page or markup (HTML, SVG, XML)' : null };
}

/** Other names browsers and devices give the accepted types. */
const ALIASES: Record<string, DocumentContentType> = {
  'image/jpg': DocumentContentType.JPEG,
  'image/pjpeg': DocumentContentType.JPEG,
  'image/heif': DocumentContentType.HEIC,
  'image/x-png': DocumentContentType.PNG,
  'application/x-pdf': DocumentContentType.PDF,
};

/** Types that declare nothing about the content: a browser sends them for an extension it does not know (often .heic). */
const UNDECLARED = ['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown'];

/** A declared media type without its parameters (`text/plain; charset=utf-8`), lower case, aliases resolved; null when nothing was declared. */
export function declaredType(mimeType: string | undefined): string | null {
  const bare = (mimeType ?? '').split(';')[0].trim().toLowerCase();
  if (UNDECLARED.includes(bare)) return null;
  return ALIASES[bare] ?? bare;
}
