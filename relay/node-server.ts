/**
 * The relay under Node: a node:http server that turns each IncomingMessage into a web Request,
 * hands it to the relay, and writes the Response back. Also answers GET /healthz for a process
 * supervisor or a container's health check.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Relay } from './relay';

/** The request body as a web stream that, when the relay stops reading, discards the rest. */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let stopped = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (stopped) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.on('end', () => {
        if (!stopped) controller.close();
      });
      req.on('error', (error) => {
        if (!stopped) controller.error(error);
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      // Keep the socket so the answer (413) can still be written; drop what else arrives.
      stopped = true;
      req.resume();
    },
  });
}

/** A web Request for `req`; `base` is this server's own origin (the path comes from `req`). */
export function toWebRequest(req: IncomingMessage, base: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', base), {
    method,
    headers,
    ...(hasBody ? { body: bodyStream(req), duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes a web Response to `res`. */
export async function writeWebResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      res.write(chunk);
    }
  }
  res.end();
}

export interface RunningServer {
  server: Server;
  /** http://host:port, with the port actually bound. */
  url: string;
  close(): Promise<void>;
}

/** Serves `relay` on host:port (port 0: any free one). */
export function serveRelay(relay: Relay, listen: { host: string; port: number }) {
  return new Promise<RunningServer>((resolve, reject) => {
    const server = createServer((req, res) => {
      const done = () => {
        // A body the relay stopped reading (too large) is not waited for.
        if (!req.complete) req.destroy();
      };
      res.on('finish', done);
      if (req.method === 'GET' && req.url === '/healthz') {
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
        res.end('ok\n');
        return;
      }
      const request = toWebRequest(req, `http://${req.headers.host ?? 'relay.invalid'}`);
      relay
        .handle(request, { ip: req.socket.remoteAddress ?? null })
        .then((response) => writeWebResponse(response, res))
        .catch(() => {
          if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
          res.end('{"ok":false,"error":"internal"}');
        });
    });
    // Leads are small: a client that takes this long is not sending one.
    server.requestTimeout = 30_000;
    server.headersTimeout = 10_000;
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
      resolve({
        server,
        url: `http://${host}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}
