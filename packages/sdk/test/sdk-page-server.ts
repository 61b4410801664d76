import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SdkPageServer {
  /**
   * The page's URL, on 127.0.0.1. Once loaded, the page has the SDK in `window.ryzeSdk`, or why
   * it could not import it in `window.ryzeSdkImportError`.
   */
  url: string;
  close(): Promise<void>;
}

const distEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/** openapi-fetch's ESM file, found as a bundler finds it: its package's `import` export. */
function openapiFetchEsmPath(): string {
  const manifestPath = createRequire(import.meta.url).resolve('openapi-fetch/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return join(dirname(manifestPath), manifest.exports['.'].import);
}

// The page an application without a bundler would write: an import map resolves the built SDK's
// bare `openapi-fetch` import, and a module script imports the SDK as a user's code does (with
// import(), so that a failure is reported at once instead of leaving the page waiting).
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>@ryzeapi/sdk in the browser</title>
<link rel="icon" href="data:,">
<script type="importmap">
{ "imports": { "@ryzeapi/sdk": "/sdk/index.js", "openapi-fetch": "/openapi-fetch/index.mjs" } }
</script>
<script type="module">
import('@ryzeapi/sdk').then(
  (sdk) => { window.ryzeSdk = sdk; },
  (error) => { window.ryzeSdkImportError = String(error); },
);
</script>
</head>
<body></body>
</html>
`;

/**
 * Serves, on 127.0.0.1, the page above, the SDK's built ESM bundle (dist/index.js, as published)
 * and openapi-fetch's ESM file. Nothing else: any other path is a 404.
 */
export async function serveSdkPage(): Promise<SdkPageServer> {
  if (!existsSync(distEntry)) {
    throw new Error(`${distEntry} is missing: build the package first (pnpm build).`);
  }
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html', body: PAGE },
    '/sdk/index.js': { type: 'text/javascript', body: readFileSync(distEntry, 'utf8') },
    '/openapi-fetch/index.mjs': {
      type: 'text/javascript',
      body: readFileSync(openapiFetchEsmPath(), 'utf8'),
    },
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    response.writeHead(file ? 200 : 404, {
      'Content-Type': `${file?.type ?? 'text/plain'}; charset=utf-8`,
      'Cache-Control': 'no-store',
    });
    response.end(file?.body ?? 'Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
