import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Alert } from '../../../schemas/alert.js';

export interface WebhookServer {
  url: string;
  received: Alert[];
  close(): Promise<void>;
}

/** A free port on 127.0.0.1, to point a webhook at while nothing listens there yet. */
export async function reservePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await closeServer(server);
  return port;
}

/** A local webhook receiver (127.0.0.1 only) that validates each body as an Alert. */
export async function startWebhookServer(port = 0, options: { delayMs?: number } = {}): Promise<WebhookServer> {
  const received: Alert[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answer = (): void => {
        const parsed = Alert.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        if (!parsed.success || request.headers['idempotency-key'] !== parsed.data.alertId) {
          response.writeHead(400).end();
          return;
        }
        received.push(parsed.data);
        response.writeHead(204).end();
      };
      if (options.delayMs) setTimeout(answer, options.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${bound}/alerts`, received, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
