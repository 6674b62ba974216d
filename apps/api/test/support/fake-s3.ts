import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3 {
  endpoint: string;
  /** Objects by `bucket/key`. */
  objects: Map<string, Buffer>;
  /** Fails PUTs with a 500 until told otherwise, as a store that is down would (the SDK retries). */
  refusePuts(refuse: boolean): void;
  close(): Promise<void>;
}

const NO_SUCH_KEY = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>';

/**
 * Just enough of S3's path-style API (PUT, GET, DELETE of objects) to run the S3 document store
 * against, in process: what MinIO would answer, without a MinIO to start.
 */
export async function startFakeS3(): Promise<FakeS3> {
  const objects = new Map<string, Buffer>();
  let refusePuts = false;
  const server: Server = createServer((req, res) => {
    const key = decodeURIComponent((req.url ?? '').split('?')[0].slice(1));
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'PUT') {
        if (refusePuts) {
          res.writeHead(500, { 'content-type': 'application/xml' }).end('<Error><Code>InternalError</Code></Error>');
          return;
        }
        objects.set(key, Buffer.concat(chunks));
        res.writeHead(200, { etag: '"fake"' }).end();
      } else if (req.method === 'GET') {
        const body = objects.get(key);
        if (!body) res.writeHead(404, { 'content-type': 'application/xml' }).end(NO_SUCH_KEY);
        else res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/octet-stream' }).end(body);
      } else if (req.method === 'DELETE') {
        objects.delete(key);
        res.writeHead(204).end();
      } else {
        res.writeHead(405).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    refusePuts: (refuse) => {
      refusePuts = refuse;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
