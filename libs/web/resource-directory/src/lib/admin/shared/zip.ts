import { strToU8, unzipSync, zipSync } from 'fflate';

/** A CSV datapackage's files in one .zip, so "Download all" is one download, not one per table. */
export function zipTextFiles(files: readonly { name: string; content: string }[]): Uint8Array<ArrayBuffer> {
  return zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.content)])), { level: 6 }) as Uint8Array<ArrayBuffer>;
}

/**
 * The files inside a .zip (a datapackage downloaded from Waymark or elsewhere), each by its own
 * name without folders; folders themselves and macOS's resource forks (`__MACOSX/`) are left out.
 */
export async function unzipFiles(zip: File): Promise<File[]> {
  // In this thread: fflate's asynchronous unzip starts workers from blob URLs, which the app's content policy need not allow.
  const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()), { filter: (entry) => !entry.name.endsWith('/') && !entry.name.startsWith('__MACOSX/') });
  return Object.entries(entries).map(([path, content]) => new File([content as Uint8Array<ArrayBuffer>], path.split('/').pop() ?? path));
}

/** The chosen files with each .zip among them replaced by what it holds; a .zip that cannot be read stays as chosen, for the file check to refuse. */
export async function expandZips(files: readonly File[]): Promise<File[]> {
  const expanded = await Promise.all(files.map((file) => (file.name.toLowerCase().endsWith('.zip') ? unzipFiles(file).catch(() => [file]) : [file])));
  return expanded.flat();
}
