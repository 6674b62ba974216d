/** Hands text to the browser as a file download (a report, an export), without a server round trip. */
export function downloadText(fileName: string, content: string, type: string): void {
  downloadBlob(fileName, new Blob([content], { type: `${type};charset=utf-8` }));
}

/** Hands a blob (text, a .zip) to the browser as a file download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The media type a file is downloaded with, from its name. */
export function mediaTypeOf(fileName: string): string {
  if (fileName.endsWith('.json')) return 'application/json';
  if (fileName.endsWith('.csv')) return 'text/csv';
  return 'text/plain';
}
