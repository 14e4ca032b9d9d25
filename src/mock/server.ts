import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError, badRequest } from './api-error.js';
import { readParams } from './body.js';
import { faultError, type FaultPlan } from './faults.js';
import type { FormatOptions } from './formatting.js';
import { METHODS, type MethodContext } from './methods/method-table.js';
import type { Params } from './params.js';
import type { SendLimits } from './send-limits.js';
import type { RecordedCall, TelegramState } from './state.js';

export interface ApiServerOptions {
  readonly host: string;
  readonly port: number;
  readonly maxLongPollMs: number;
  readonly format: FormatOptions;
  readonly webhookChanged: () => void;
  /** Added to every call but getUpdates, like the real server's round trip. */
  readonly latencyMs?: number;
  /** Telegram's sending limits; undefined: none. */
  readonly sendLimits?: SendLimits;
  /** One line per call, for the command line. */
  readonly log?: (line: string) => void;
}

interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

const NOT_FOUND = envelope(new ApiError(404, 'Not Found'));
const UNAUTHORIZED = envelope(new ApiError(401, 'Unauthorized'));

/**
 * The HTTP face of the mock: /bot<token>/<method>, Telegram's envelope, faults,
 * and a record of every call.
 */
export class ApiServer {
  private readonly server: Server;
  private readonly inFlight = new Set<AbortController>();
  private seq = 0;

  constructor(
    private readonly state: TelegramState,
    private readonly faults: FaultPlan,
    private readonly options: ApiServerOptions,
  ) {
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const { address, port } = this.server.address() as AddressInfo;
    return `http://${address}:${port}`;
  }

  async close(): Promise<void> {
    for (const controller of this.inFlight) controller.abort();
    const closed = new Promise<void>((resolve) => this.server.close(() => { resolve(); }));
    this.server.closeAllConnections();
    await closed;
  }

  /** Runs a call that did not come over HTTP (a webhook reply), recorded like any other. */
  async invoke(method: string, params: Params): Promise<Reply> {
    const call = this.record(method, params);
    const reply = await this.dispatch(method, params, new AbortController().signal);
    call.outcome = outcomeOf(reply);
    return reply;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const match = /^\/bot([^/]*)\/([^/]+)\/?$/.exec(url.pathname);
    if (match === null) {
      this.send(response, NOT_FOUND);
      return;
    }
    const [, token = '', method = ''] = match;
    if (token !== this.state.token) {
      this.send(response, UNAUTHORIZED);
      return;
    }

    let params: Params;
    try {
      params = await readParams(request, url);
    } catch (error) {
      this.send(response, envelope(error instanceof ApiError ? error : badRequest('invalid request body')));
      return;
    }
    const call = this.record(method, params);

    const fault = this.faults.take(method, Number(params.chat_id));
    if (fault !== undefined) {
      call.fault = fault;
      if (fault.kind === 'drop') {
        call.outcome = 'dropped';
        this.options.log?.(`${method} → connection dropped (fault)`);
        request.socket.destroy();
        return;
      }
      if (fault.kind === 'delay') await sleep(fault.ms);
      if (fault.kind === 'hold') await fault.until;
      const injected = faultError(fault);
      if (injected !== undefined) {
        const reply = envelope(injected);
        call.outcome = outcomeOf(reply);
        this.options.log?.(`${method} → ${reply.status} (fault)`);
        this.send(response, reply);
        return;
      }
    }

    const latency = this.options.latencyMs ?? 0;
    if (latency > 0 && method.toLowerCase() !== 'getupdates') await sleep(latency);
    const limited = this.options.sendLimits?.check(method, params);
    if (limited !== undefined) {
      const reply = envelope(limited);
      call.outcome = outcomeOf(reply);
      this.options.log?.(`${method} → 429 (sending too fast)`);
      this.send(response, reply);
      return;
    }

    const controller = new AbortController();
    this.inFlight.add(controller);
    response.on('close', () => {
      if (!response.writableFinished) controller.abort();
    });
    try {
      const reply = await this.dispatch(method, params, controller.signal);
      if (reply.status === 200) this.options.sendLimits?.sent(method, params);
      call.outcome = outcomeOf(reply);
      if (reply.status !== 200) this.options.log?.(`${method} → ${reply.status} ${String(reply.body.description)}`);
      this.send(response, reply);
    } finally {
      this.inFlight.delete(controller);
    }
  }

  private record(method: string, params: Params): RecordedCall {
    const call: RecordedCall = { seq: ++this.seq, method, params, at: Date.now() };
    this.state.recordCall(call);
    return call;
  }

  private async dispatch(method: string, params: Params, signal: AbortSignal): Promise<Reply> {
    const handler = METHODS.get(method.toLowerCase());
    if (handler === undefined) return NOT_FOUND;
    const context: MethodContext = {
      state: this.state,
      format: this.options.format,
      signal,
      maxLongPollMs: this.options.maxLongPollMs,
      webhookChanged: this.options.webhookChanged,
    };
    try {
      const result: unknown = await handler(params, context);
      return { status: 200, body: { ok: true, result } };
    } catch (error) {
      if (error instanceof ApiError) return envelope(error);
      this.options.log?.(`${method} → mock failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return envelope(new ApiError(500, 'Internal Server Error'));
    }
  }

  private send(response: ServerResponse, reply: Reply): void {
    if (response.destroyed) return;
    response.writeHead(reply.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(reply.body));
  }
}

function envelope(error: ApiError): Reply {
  return {
    status: error.code,
    body: {
      ok: false,
      error_code: error.code,
      description: error.description,
      ...(error.parameters === undefined ? {} : { parameters: error.parameters }),
    },
  };
}

function outcomeOf(reply: Reply): RecordedCall['outcome'] {
  const description = reply.body.description;
  return typeof description === 'string' ? { status: reply.status, description } : { status: reply.status };
}
