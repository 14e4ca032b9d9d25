import type { IncomingMessage } from 'node:http';

/** The body went past the caller's bound; the request has been destroyed, nothing more is read. */
export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`request body larger than ${maxBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * A request's whole body, read into memory but never past `maxBytes`: a sender that
 * streams without end is cut off rather than allowed to fill the heap. Shared by the
 * bot's webhook and the fake Bot API, which read bodies the same way.
 */
export function readBoundedBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new BodyTooLargeError(maxBytes));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}
