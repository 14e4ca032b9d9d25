/** The one body reader the webhook and the fake Bot API share: whole bodies in, endless ones cut off. */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBoundedBody } from '../../src/http/bounded-body.js';

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** Serves once, reading with the given bound; resolves with what the reader gave (or threw). */
async function readThrough(body: Buffer, maxBytes: number): Promise<Buffer | Error> {
  let outcome!: Promise<Buffer | Error>;
  const server = createServer((req, res) => {
    outcome = readBoundedBody(req, maxBytes).then(
      (read) => {
        res.end('ok');
        return read;
      },
      (error: unknown) => error as Error,
    );
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/' }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    // A cut-off upload ends in a reset on this side; the reader's outcome is what matters.
    req.on('error', () => { resolve(); });
    req.end(body);
  });
  return outcome;
}

describe('readBoundedBody', () => {
  it('reads a body up to the bound whole, multi-byte text intact', async () => {
    const body = Buffer.from('{"text":"thu ngân sách 😀"}'.repeat(1000));
    const read = await readThrough(body, body.length);
    expect(Buffer.isBuffer(read) && read.equals(body)).toBe(true);
  });

  it('refuses a body past the bound with BodyTooLargeError naming the bound', async () => {
    const read = await readThrough(Buffer.alloc(256 * 1024, 'a'), 64 * 1024);
    expect(read).toBeInstanceOf(BodyTooLargeError);
    expect((read as BodyTooLargeError).message).toContain('65536 bytes');
  });

  it('reads an empty body as empty', async () => {
    const read = await readThrough(Buffer.alloc(0), 10);
    expect(Buffer.isBuffer(read) && read.length).toBe(0);
  });
});
