/**
 * Keystatic's API for its local mode (tree, blob, update), served by the
 * editor's server with the file bridge in between (keystatic-files.ts).
 * Keystatic's own handler does the reading and writing; this changes what
 * goes in and out.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import type { Config } from '@keystatic/core';
import { blobSha, type FileBridge } from './keystatic-files.ts';

interface TreeEntry {
  path: string;
  type: string;
  sha: string;
  mode: string;
}

interface Update {
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

export type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

export function keystaticApi(config: Config, baseDir: string, bridge: FileBridge): Middleware {
  const handler = makeGenericAPIRouteHandler({ config, localBaseDirectory: baseDir });

  const call = async (request: IncomingMessage, body: unknown) => {
    const headers = request.headers;
    return handler({
      method: request.method ?? 'GET',
      url: `http://${headers.host ?? 'localhost'}${request.url ?? '/'}`,
      headers: { get: (name) => (headers[name.toLowerCase()] as string | undefined) ?? null },
      json: async () => body,
    });
  };

  /** The tree with the hashes of what Keystatic will be shown, where that differs from the file. */
  const patchTree = (body: string): string => {
    const entries = JSON.parse(body) as TreeEntry[];
    for (const entry of entries) {
      if (entry.type !== 'blob') continue;
      const shown = bridge.shown(entry.path);
      if (shown) entry.sha = blobSha(shown);
    }
    return JSON.stringify(entries);
  };

  return (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/keystatic/')) return next();
    const params = url.pathname
      .replace(/^\/api\/keystatic\/?/, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent);
    void (async () => {
      try {
        if (request.method === 'GET' && params[0] === 'blob' && request.headers['no-cors'] === '1') {
          const shown = bridge.shown(params.slice(2).join('/'));
          if (shown) {
            if (blobSha(shown) !== params[1]) return send(response, 404, 'Not Found');
            return send(response, 200, shown);
          }
        }
        let body: unknown;
        if (request.method === 'POST' && params.join('/') === 'update') {
          const update = JSON.parse(await readBody(request)) as Update;
          for (const addition of update.additions) {
            const saved = bridge.saved(addition.path, Buffer.from(addition.contents, 'base64url'));
            if (saved instanceof Error) return send(response, 422, saved.message);
            addition.contents = saved.toString('base64url');
          }
          body = update;
        }
        const result = await call(request, body);
        let out = result.body;
        if (result.status === 200 && (params.join('/') === 'tree' || params.join('/') === 'update')) {
          out = patchTree(typeof out === 'string' ? out : Buffer.from(out ?? '').toString('utf8'));
        }
        send(response, result.status ?? 200, out ?? '', result.headers);
      } catch (error) {
        send(response, 500, error instanceof Error ? error.message : String(error));
      }
    })();
  };
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export function send(response: ServerResponse, status: number, body: string | Uint8Array, headers?: HeadersInit): void {
  response.statusCode = status;
  for (const [name, value] of new Headers(headers ?? {})) response.setHeader(name, value);
  if (!response.hasHeader('content-type')) {
    response.setHeader(
      'content-type',
      typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/octet-stream',
    );
  }
  response.end(body);
}
