import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail, type Result } from '../../shared/result.ts';
import type { Dispatch } from '../core/dispatch.ts';
import { httpStatusOf } from './http-status.ts';
import { isJsonRequest } from './request-guards.ts';
import { requestPath } from './request-path.ts';

export const apiPrefix = '/api/';
const maxBodyBytes = 64 * 1024;

/** `POST /api/<method>` with a JSON body: the HTTP face of the same dispatcher IPC uses. */
export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  dispatch: Dispatch,
): Promise<void> {
  const method = methodNameOf(request.url);
  if (method === null)
    return send(
      response,
      fail('bad_request', 'The method name in the address is not valid percent-encoded UTF-8.'),
    );
  if (request.method !== 'POST')
    return send(response, fail('bad_request', 'Contract methods are called with POST.'));
  if (!isJsonRequest(request))
    return send(response, fail('bad_request', 'The request body must be application/json.'));
  const body = await readBody(request);
  if (body === null)
    return send(response, fail('bad_request', `The request body is larger than ${maxBodyBytes} bytes.`));
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return send(response, fail('bad_request', 'The request body is not valid JSON.'));
  }
  send(response, await dispatch(method, input));
}

/**
 * The method named after `/api/`, decoded; null when its percent-encoding is broken (`%E0%A4%A`)
 * or the target is no URL, either of which would otherwise be thrown out of the handler as a 500.
 */
function methodNameOf(target: string | undefined): string | null {
  const path = requestPath(target);
  if (path === null) return null;
  try {
    return decodeURIComponent(path.slice(apiPrefix.length));
  } catch {
    return null;
  }
}

function send(response: ServerResponse, result: Result<unknown>): void {
  response.writeHead(result.ok ? 200 : httpStatusOf[result.error.code], {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(result));
}

/** The body as text, or null once it passes the size cap (the rest is not read). */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
