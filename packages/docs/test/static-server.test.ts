import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  PortInUseError,
  type RunningStaticServer,
  startStaticServer,
} from '../src/static-server.ts';

let parent: string;
let root: string;
let server: RunningStaticServer;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'ryzeapi-docs-static-'));
  root = join(parent, 'site');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<h1>home</h1>');
  await writeFile(join(root, 'openapi.yaml'), 'openapi: 3.1.0\n');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(parent, 'secret.txt'), 'outside the root');
  server = await startStaticServer({ root, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await rm(parent, { recursive: true, force: true });
});

/** A raw request, so that paths reach the server exactly as written (fetch would normalise them). */
function rawRequest(
  method: string,
  path: string,
): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: hostname, port, method, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'] ?? '',
          body,
        }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('startStaticServer', () => {
  test('listens on 127.0.0.1 and reports its URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test.each([
    { given: '/', status: 200, type: 'text/html; charset=utf-8', body: '<h1>home</h1>' },
    { given: '/index.html', status: 200, type: 'text/html; charset=utf-8', body: '<h1>home</h1>' },
    {
      given: '/openapi.yaml',
      status: 200,
      type: 'application/yaml; charset=utf-8',
      body: 'openapi: 3.1.0\n',
    },
    { given: '/assets/logo.svg', status: 200, type: 'image/svg+xml', body: '<svg/>' },
    {
      given: '/assets/',
      status: 404,
      type: 'text/plain; charset=utf-8',
      body: 'Not found: /assets/\n',
    },
    {
      given: '/missing.html',
      status: 404,
      type: 'text/plain; charset=utf-8',
      body: 'Not found: /missing.html\n',
    },
    {
      given: '//',
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<h1>home</h1>',
    },
    {
      given: '//missing.html',
      status: 404,
      type: 'text/plain; charset=utf-8',
      body: 'Not found: //missing.html\n',
    },
  ])('GET $given → $status', async ({ given, status, type, body }) => {
    expect(await rawRequest('GET', given)).toEqual({ status, type, body });
  });

  test.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
  ])('never serves a file outside the root: %s', async (path) => {
    const response = await rawRequest('GET', path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body).not.toContain('outside the root');
  });

  test('answers 400 to a request target that is neither a path nor a URL', async () => {
    expect(await rawRequest('GET', '*')).toMatchObject({
      status: 400,
      body: 'Bad request target: "*"\n',
    });
  });

  test('answers HEAD without a body', async () => {
    expect(await rawRequest('HEAD', '/index.html')).toMatchObject({ status: 200, body: '' });
  });

  test('refuses other methods with 405', async () => {
    const response = await rawRequest('POST', '/index.html');
    expect(response.status).toBe(405);
    expect(response.body).toContain('Method POST not allowed');
  });

  test('names the port when it is already in use', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startStaticServer({ root, port })).rejects.toThrow(PortInUseError);
    await expect(startStaticServer({ root, port })).rejects.toThrow(`Port ${port} on 127.0.0.1`);
  });

  test('refuses a port that is not one', async () => {
    await expect(startStaticServer({ root, port: 70_000 })).rejects.toThrow('Invalid port 70000');
  });
});
