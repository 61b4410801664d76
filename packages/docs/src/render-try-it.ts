import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { operationsOf, readBundledSpec } from '@ryzeapi/openapi/document';
import { defaultFixtures } from '@ryzeapi/sandbox';
import { escapeHtml, htmlPage } from './html.ts';
import { sitePages } from './site-paths.ts';

const require = createRequire(import.meta.url);

/** Swagger UI's browser bundle and stylesheet, copied into the site beside the page. */
const swaggerUiDir = dirname(require.resolve('swagger-ui-dist/package.json'));
export const SWAGGER_UI_FILES = [
  { source: join(swaggerUiDir, 'swagger-ui-bundle.js'), page: sitePages.tryItScript },
  { source: join(swaggerUiDir, 'swagger-ui.css'), page: sitePages.tryItStyles },
] as const;

/** Where `pnpm start` runs the sandbox (its CLI's default port); `?sandbox=` overrides it. */
export const DEFAULT_SANDBOX_URL = 'http://127.0.0.1:4020';

/** The security scheme the console fills in: the fixtures hand out instance tokens. */
export const TOKEN_SCHEME = 'TokenInstance';

export interface TryItSettings {
  /** The spec the console loads: the bundle `@ryzeapi/openapi` publishes, references inlined. */
  specUrl: string;
  defaultSandboxUrl: string;
  tokenScheme: string;
  /** The instance token the sandbox's default fixtures give the spec's example instance. */
  token: string;
  instance: string;
}

/**
 * What the console is prefilled with, derived from the spec and the sandbox's default fixtures:
 * the spec's example instance, and the token those fixtures give it. Throws when they no longer
 * match, rather than ship a console whose first request fails.
 */
export function tryItSettings(): TryItSettings {
  const operations = operationsOf(readBundledSpec('openapi.dereferenced.json'));
  const instances = new Set(
    operations.flatMap((operation) =>
      operation.parameters
        .filter((parameter) => parameter.in === 'path' && parameter.name === 'instance')
        .map((parameter) => parameter.example),
    ),
  );
  const [instance, ...others] = [...instances];
  if (typeof instance !== 'string' || others.length > 0) {
    throw new Error(
      `The console prefills one example instance, but the spec's {instance} examples are ${JSON.stringify([...instances])}: give every operation's instance parameter the same string example.`,
    );
  }
  for (const operation of operations) {
    if (
      !operation.security.some((schemes) => schemes.length === 1 && schemes[0] === TOKEN_SCHEME)
    ) {
      throw new Error(
        `${operation.where} does not accept ${TOKEN_SCHEME} alone (security: ${JSON.stringify(operation.security)}): the console authorizes with an instance token; update TOKEN_SCHEME in src/render-try-it.ts.`,
      );
    }
  }
  const fixture = defaultFixtures.instances.find((candidate) => candidate.name === instance);
  if (!fixture) {
    throw new Error(
      `The sandbox's default fixtures have no instance ${JSON.stringify(instance)}, the spec's example: the console's first request would fail. Align the spec's example with @ryzeapi/sandbox's defaultFixtures.`,
    );
  }
  return {
    // Swagger UI 5.35 leaves a path-level parameter given by $ref unresolved: it shows a nameless
    // "any" row and sends `{instance}` as written. The dereferenced bundle has no $ref left.
    specUrl: sitePages.specDereferencedJson,
    defaultSandboxUrl: DEFAULT_SANDBOX_URL,
    tokenScheme: TOKEN_SCHEME,
    token: fixture.token,
    instance,
  };
}

/** The "Try it" page: a form for the sandbox's address and token, and Swagger UI's console. */
export function renderTryIt(settings: TryItSettings): string {
  const data = (name: string, value: string) => `data-${name}="${escapeHtml(value)}"`;
  const body = `    <h1>Try it against the sandbox</h1>
    <p class="lead">Send the documented requests to a <a href="${sitePages.sandboxReadme}">sandbox</a>
      and read the status, the <code>X-RateLimit-*</code> headers and the body. The first leave
      answers <code>200</code>; the same leave again answers <code>404</code>, as the group was left.
      <code>POST /__sandbox/reset</code> on the sandbox brings every group back.</p>
    <form id="sandbox-settings" class="sandbox-settings" ${data('spec', settings.specUrl)} ${data('default-sandbox', settings.defaultSandboxUrl)} ${data('token-scheme', settings.tokenScheme)}>
      <p>
        <label for="sandbox-address">Sandbox address</label>
        <input id="sandbox-address" name="sandbox" type="url" required spellcheck="false" aria-describedby="sandbox-address-help">
        <button type="submit">Use this sandbox</button>
      </p>
      <p id="sandbox-address-help" class="hint">Start one with <code>npx @ryzeapi/sandbox</code> (port 4020), or add <code>?sandbox=https://…</code> to this page's address to point it at a sandbox you run elsewhere.</p>
      <p>
        <label for="sandbox-token">Token</label>
        <input id="sandbox-token" name="token" type="text" spellcheck="false" autocomplete="off" value="${escapeHtml(settings.token)}" aria-describedby="sandbox-token-help">
      </p>
      <p id="sandbox-token-help" class="hint">Sent in the <code>token</code> header. Prefilled with the instance token of <code>${escapeHtml(settings.instance)}</code> from the sandbox's default fixtures.</p>
      <p id="sandbox-status" class="status" role="status"></p>
    </form>
    <section id="console" aria-label="Console"></section>`;
  return htmlPage({
    title: 'Try it: RyzeAPI group endpoints',
    description: 'Send the documented requests to a RyzeAPI sandbox from the browser.',
    head: [
      `<link rel="stylesheet" href="${sitePages.tryItStyles}">`,
      `<link rel="stylesheet" href="${sitePages.tryItTheme}">`,
      `<script src="${sitePages.tryItScript}" defer></script>`,
      `<script src="${sitePages.tryItConsole}" defer></script>`,
    ],
    body,
  });
}

/** The page's Markdown copy for agents: the same request, as a command to run. */
export function renderTryItMarkdown(settings: TryItSettings): string {
  return `# Try it against the sandbox

The site's Try it page (\`${sitePages.tryIt}\`) sends the documented requests from the browser to a
sandbox (\`npx @ryzeapi/sandbox\`, at ${settings.defaultSandboxUrl} by default; \`?sandbox=URL\`
points the page at another one) and shows the status, the \`X-RateLimit-*\` headers and the body.
The first leave answers \`200\`; the same leave again answers \`404\`, as the group was left.
\`POST /__sandbox/reset\` on the sandbox brings every group back.

The token is sent in the \`token\` header. The page is prefilled with the instance token of
\`${settings.instance}\` from the sandbox's default fixtures: \`${settings.token}\`.

The page's console loads the spec from \`${settings.specUrl}\`.
`;
}
