import type { IncomingMessage } from 'node:http';
import { readBoundedBody } from '../http/bounded-body.js';
import { badRequest } from './api-error.js';
import { isRecord } from './params.js';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Call parameters from the query string and the body: JSON, urlencoded or
 * multipart, as the Bot API accepts all of them. Body fields win over the query.
 * Uploaded files are kept as { filename, size } placeholders.
 */
export async function readParams(request: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const body = await readBoundedBody(request, MAX_BODY_BYTES);
  if (body.length === 0) return params;
  const type = (request.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw badRequest("can't parse JSON encoded request body");
    }
    if (!isRecord(parsed)) throw badRequest("can't parse JSON encoded request body");
    return { ...params, ...parsed };
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return { ...params, ...Object.fromEntries(new URLSearchParams(body.toString('utf8'))) };
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(request.headers['content-type'] ?? '');
  if (type.startsWith('multipart/form-data') && boundary) {
    return { ...params, ...parseMultipart(body, boundary[1] ?? boundary[2] ?? '') };
  }
  return params;
}

function parseMultipart(body: Buffer, boundary: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const partStart = start + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, partStart);
    if (next < 0) break;
    // Each part: CRLF, headers, blank line, content, CRLF before the next delimiter.
    const part = body.subarray(partStart + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const content = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      if (name !== undefined) fields[name] = filename === undefined ? content.toString('utf8') : { filename, size: content.length };
    }
    start = next;
  }
  return fields;
}
