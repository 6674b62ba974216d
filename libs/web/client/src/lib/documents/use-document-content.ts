import { useEffect, useState } from 'react';
import { useDocumentHttp } from './document-http';

/** A document's content as an object URL while the component shows it; revoked when it goes. */
export function useDocumentObjectUrl(contentPath: string | null) {
  const http = useDocumentHttp();
  const [state, setState] = useState<{ url: string | null; error: unknown; loading: boolean }>({ url: null, error: null, loading: !!contentPath });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!contentPath) return undefined;
    let url: string | null = null;
    let live = true;
    setState({ url: null, error: null, loading: true });
    http.content(contentPath).then(
      (blob) => {
        if (!live) return;
        url = URL.createObjectURL(blob);
        setState({ url, error: null, loading: false });
      },
      (error: unknown) => live && setState({ url: null, error, loading: false }),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [contentPath, http, attempt]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}

/** Downloads a document under its own name: fetched with the session's token, then saved by the browser. */
export function useDocumentDownload() {
  const http = useDocumentHttp();
  return async (contentPath: string, fileName: string) => {
    const url = URL.createObjectURL(await http.content(contentPath));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has taken the file by the time the click returns; a moment's grace for slow ones.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
}
