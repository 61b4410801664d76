import { createServer, request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { closeServer, listenOnLoopback } from '../src/loopback-server.ts';
import {
  type ProxyHooks,
  type RecordingProxy,
  startRecordingProxy,
} from '../src/recording-proxy.ts';

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** An upstream answering every request with its count so far, in a header and the body. */
async function countingUpstream() {
  let count = 0;
  const server = createServer((_request, response) => {
    count++;
    response.writeHead(200, { 'x-count': String(count), 'x-secret': 'kept upstream' });
    response.end(`request ${count}`);
  });
  const url = await listenOnLoopback(server);
  running.push({ close: () => closeServer(server) });
  return url;
}

async function proxyTo(upstream: string, hooks?: ProxyHooks): Promise<RecordingProxy> {
  const proxy = await startRecordingProxy(upstream, hooks);
  running.push(proxy);
  return proxy;
}

/** The status and body the client got, or `'dropped'` when its connection was closed. */
function outcomeOf(url: string): Promise<{ status: number; body: string } | 'dropped'> {
  return new Promise((resolve) => {
    request(url, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
    })
      .on('error', () => resolve('dropped'))
      .end();
  });
}

describe('startRecordingProxy', () => {
  it('passes exchanges through unchanged and records them', async () => {
    const proxy = await proxyTo(await countingUpstream());
    const response = await fetch(`${proxy.url}/path?query=1`);
    expect(response.headers.get('x-secret')).toBe('kept upstream');
    expect(await response.text()).toBe('request 1');
    expect(proxy.exchanges).toMatchObject([
      { method: 'GET', url: '/path?query=1', status: 200, responseBody: 'request 1' },
    ]);
  });

  it('rewrites the answers’ headers the client gets, not the record', async () => {
    const proxy = await proxyTo(await countingUpstream(), {
      rewriteResponseHeaders: ({ 'x-secret': _dropped, ...kept }) => kept,
    });
    const response = await fetch(proxy.url);
    expect(response.headers.get('x-secret')).toBeNull();
    expect(response.headers.get('x-count')).toBe('1');
  });

  it('runs beforeForwarding to its end before each request goes upstream', async () => {
    const upstream = await countingUpstream();
    const seenBefore: string[] = [];
    const proxy = await proxyTo(upstream, {
      beforeForwarding: async () => {
        // What the upstream had counted when the hook ran: the hook is awaited first.
        seenBefore.push((await fetch(upstream)).headers.get('x-count') ?? '');
      },
    });
    expect(await (await fetch(proxy.url)).text()).toBe('request 2');
    expect(await (await fetch(proxy.url)).text()).toBe('request 4');
    expect(seenBefore).toEqual(['1', '3']);
  });

  it('answers 502 when the upstream cannot be reached, or drops the connection if told to', async () => {
    const gone = createServer();
    const upstream = await listenOnLoopback(gone);
    await closeServer(gone);
    const answering = await proxyTo(upstream);
    expect(await outcomeOf(answering.url)).toEqual({
      status: 502,
      body: expect.stringContaining(`The recording proxy could not reach ${upstream}`),
    });
    const dropping = await proxyTo(upstream, { onUpstreamFailure: 'drop' });
    expect(await outcomeOf(dropping.url)).toBe('dropped');
  });
});
