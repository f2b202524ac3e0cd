/**
 * A proxy in front of Azurite that counts the storage requests and holds each one for `latencyMs` first: the round
 * trip a real storage account adds (Azurite answers on loopback in well under a millisecond).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StorageProxy {
  /** Put into the connection string instead of Azurite's table endpoint. */
  tableEndpoint: string;
  /** Storage requests answered so far. */
  requests(): number;
  setLatency(ms: number): void;
  stop(): Promise<void>;
}

/** Starts the proxy for `target` (Azurite's table endpoint, e.g. http://127.0.0.1:10002/devstoreaccount1). */
export async function startStorageProxy(target: string): Promise<StorageProxy> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let latencyMs = 0;
  let answered = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      setTimeout(() => {
        const forward = http.request(
          {
            host: upstream.hostname,
            port: upstream.port,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, host: upstream.host },
            agent,
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
            answer.on('end', () => (answered += 1));
          },
        );
        forward.on('error', () => {
          res.writeHead(502);
          res.end();
        });
        forward.end(Buffer.concat(chunks));
      }, latencyMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    tableEndpoint: `http://127.0.0.1:${port}${upstream.pathname}`,
    requests: () => answered,
    setLatency: (ms) => (latencyMs = ms),
    stop: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
