import { DocumentRefusal } from '@waymark/shared/types';
import { checkContent } from './content-check';
import { declaredType, sniffContent } from './content-sniffing';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('sniffContent', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe1], 'Exif'), 'image/jpeg'],
    ['a WEBP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8L'), 'image/webp'],
    ['a little-endian TIFF', bytes([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'image/tiff'],
    ['a big-endian TIFF', bytes([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]), 'image/tiff'],
    ['an iPhone HEIC', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), 'image/heic'],
    ['a generic HEIF', bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0], 'mif1heic'), 'image/heic'],
    ['UTF-8 text with accents and a BOM', Buffer.from('\uFEFFNotas de la visita: señora García, café.\r\n\tSeguimiento el lunes.', 'utf8'), 'text/plain'],
  ])('accepts %s', (_name, content, type) => {
    expect(sniffContent(content)).toEqual({ accepted: type });
  });

  it.each([
    ['a Windows program', bytes('MZ', [0x90, 0, 3, 0])],
    ['a Linux program', bytes([0x7f], 'ELF', [2, 1, 1])],
    ['a ZIP archive or Office document', bytes('PK', [3, 4, 20, 0])],
    ['a GIF image', bytes('GIF89a')],
    ['a web page or markup (HTML, SVG, XML)', bytes('  <!doctype html><p>hi')],
    ['a web page or markup (HTML, SVG, XML)', bytes('<?xml version="1.0"?><svg/>')],
    ['a web page or markup (HTML, SVG, XML)', bytes('<svg onload="alert(1)"/>')],
  ])('names %s it refuses', (name, content) => {
    expect(sniffContent(content)).toEqual({ refused: name });
  });

  it('refuses what it does not know: binary data, Latin-1 text, an AVIF', () => {
    expect(sniffContent(bytes([0, 1, 2, 3, 4]))).toEqual({ refused: null });
    expect(sniffContent(bytes('caf', [0xe9]))).toEqual({ refused: null });
    expect(sniffContent(bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1'))).toEqual({ refused: null });
  });

  it('does not take a short file for a longer signature', () => {
    expect(sniffContent(bytes('RIFF'))).toEqual({ accepted: 'text/plain' });
    expect(sniffContent(bytes([0xff, 0xd8]))).toEqual({ refused: null });
  });
});

describe('declaredType', () => {
  it('drops parameters, lowers case and resolves the usual aliases; octet-stream declares nothing', () => {
    expect(declaredType('Text/Plain; charset=UTF-8')).toBe('text/plain');
    expect(declaredType('image/jpg')).toBe('image/jpeg');
    expect(declaredType('image/heif')).toBe('image/heic');
    expect(declaredType('application/octet-stream')).toBeNull();
    expect(declaredType(undefined)).toBeNull();
  });
});

describe('checkContent', () => {
  const pdf = bytes('%PDF-1.4\n1 0 obj');
  const reasonOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as { extensions: { reason: string } }).extensions.reason;
    }
    return null;
  };

  it('keeps the type the content shows when the declaration agrees or says nothing', () => {
    expect(checkContent(pdf, 'application/pdf', 1000)).toBe('application/pdf');
    expect(checkContent(pdf, 'application/octet-stream', 1000)).toBe('application/pdf');
    expect(checkContent(bytes('a,b\n1,2\n'), 'text/csv', 1000)).toBe('text/plain');
  });

  it('refuses an empty file, one over the limit, a refused kind and a declaration the content contradicts', () => {
    expect(reasonOf(() => checkContent(Buffer.alloc(0), 'application/pdf', 1000))).toBe(DocumentRefusal.FILE_MISSING);
    expect(reasonOf(() => checkContent(Buffer.concat([pdf, Buffer.alloc(1000)]), 'application/pdf', 1000))).toBe(DocumentRefusal.FILE_TOO_LARGE);
    expect(reasonOf(() => checkContent(bytes('MZ'), 'application/pdf', 1000))).toBe(DocumentRefusal.FILE_TYPE_REFUSED);
    expect(reasonOf(() => checkContent(pdf, 'image/png', 1000))).toBe(DocumentRefusal.FILE_TYPE_MISMATCH);
    expect(reasonOf(() => checkContent(bytes('<html>'), 'text/html', 1000))).toBe(DocumentRefusal.FILE_TYPE_REFUSED);
    expect(reasonOf(() => checkContent(bytes('plain words'), 'text/html', 1000))).toBe(DocumentRefusal.FILE_TYPE_MISMATCH);
  });
});
