import { escapeHtml, htmlPage } from './html.ts';
import { referenceLinkTo } from './reference-links.ts';
import { sitePages } from './site-paths.ts';
import type { NamedExample, Operation, SpecDocument } from './spec-summary.ts';

const WINDOW_UNITS: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day' };

/** `1m` → `minute`, `15m` → `15 minutes`; anything else is shown as written. */
function describeWindow(window: string): string {
  const match = /^(\d+)([smhd])$/.exec(window);
  const unit = match?.[2] ? WINDOW_UNITS[match[2]] : undefined;
  if (!match || !unit) return window;
  return match[1] === '1' ? unit : `${match[1]} ${unit}s`;
}

/** The human message an example carries: the error envelope's, or a success body's. */
function messageOf(example: NamedExample): string {
  const value = example.value as { message?: unknown; error?: { message?: unknown } } | undefined;
  const message = value?.error?.message ?? value?.message;
  return typeof message === 'string' ? message : '';
}

function responseRows(operation: Operation): string {
  return operation.responses
    .flatMap((response) =>
      response.examples.map(
        (example) => `          <tr>
            <td>${escapeHtml(response.status)}</td>
            <td>${escapeHtml(example.summary ?? example.name)}</td>
            <td><code>${escapeHtml(messageOf(example))}</code></td>
          </tr>`,
      ),
    )
    .join('\n');
}

function errorEnvelope(operation: Operation): string {
  const firstError = operation.responses.find((response) => /^[45]/.test(response.status))
    ?.examples[0];
  if (!firstError) return '';
  return `      <p>Every error answers with the same envelope, for example (${escapeHtml(firstError.summary ?? firstError.name)}):</p>
      <pre tabindex="0"><code>${escapeHtml(JSON.stringify(firstError.value, null, 2))}</code></pre>`;
}

function operationFacts(operation: Operation): string {
  const facts: string[] = [];
  if (operation.security.length > 0) {
    const schemes = operation.security
      .map((name) => `<code>${escapeHtml(name)}</code>`)
      .join(' or ');
    facts.push(`<dt>Auth</dt><dd>${schemes}</dd>`);
  }
  if (operation.rateLimit) {
    const { bucket, limit, window, per } = operation.rateLimit;
    facts.push(
      `<dt>Rate limit</dt><dd><code>${escapeHtml(bucket)}</code> bucket: ${escapeHtml(String(limit))} requests per ${escapeHtml(describeWindow(window))} per ${escapeHtml(per)}</dd>`,
    );
  }
  if (operation.idempotent !== undefined) {
    facts.push(
      `<dt>Idempotent</dt><dd>${operation.idempotent ? 'yes' : 'no'} (details in the reference)</dd>`,
    );
  }
  return facts.join('\n        ');
}

function operationSection(operation: Operation): string {
  const id = `operation-${escapeHtml(operation.operationId)}`;
  return `    <section class="operation" aria-labelledby="${id}">
      <h3 id="${id}">
        <a href="${escapeHtml(referenceLinkTo(operation))}"><span class="method">${escapeHtml(operation.method.toUpperCase())}</span>
        <code>${escapeHtml(operation.path)}</code> · ${escapeHtml(operation.summary)}</a>
      </h3>
      <dl class="facts">
        ${operationFacts(operation)}
      </dl>
      <table>
        <caption>Responses of ${escapeHtml(operation.summary)}, with their exact messages</caption>
        <thead>
          <tr><th scope="col">HTTP</th><th scope="col">When</th><th scope="col">Message</th></tr>
        </thead>
        <tbody>
${responseRows(operation)}
        </tbody>
      </table>
${errorEnvelope(operation)}
    </section>`;
}

/** The landing page: what the API is, its operations at a glance, and where to go next. */
export function renderLanding(spec: SpecDocument): string {
  const body = `    <h1>${escapeHtml(spec.title)} <span class="version">v${escapeHtml(spec.version)}</span></h1>
    <p class="lead">${escapeHtml(spec.summary)}</p>
    <p><a class="primary" href="${sitePages.reference}">Read the API reference</a></p>

    <h2>Operations</h2>
${spec.operations.map(operationSection).join('\n')}

    <h2>Download the spec</h2>
    <ul>
      <li><a href="${sitePages.specYaml}" download>${sitePages.specYaml}</a>: the OpenAPI 3.1 document, bundled into one file</li>
      <li><a href="${sitePages.specJson}" download>${sitePages.specJson}</a>: the same document as JSON</li>
    </ul>

    <h2>Build against it</h2>
    <ul>
      <li><a href="${sitePages.sdkReadme}">TypeScript SDK</a> (<code>@ryzeapi/sdk</code>): a typed client with one error class per status family</li>
      <li><a href="${sitePages.mockReadme}">Mock server</a> (<code>@ryzeapi/mock</code>): Prism answering with the spec's examples, on your machine</li>
      <li><a href="${sitePages.sandboxReadme}">Sandbox</a> (<code>@ryzeapi/sandbox</code>): a stateful imitation of the service (groups left stay left, a rate-limit bucket per token, faults), to test your integration against</li>
      <li><a href="${sitePages.mcpReadme}">MCP server</a> (<code>@ryzeapi/mcp</code>): the operations as tools for AI agents, called through the SDK</li>
    </ul>

    <footer>Built from the OpenAPI document of ${escapeHtml(spec.title)} v${escapeHtml(spec.version)}; production server <code>${escapeHtml(spec.serverUrl)}</code>.</footer>`;
  return htmlPage({
    title: `${spec.title} API`,
    description: spec.summary,
    body,
  });
}
