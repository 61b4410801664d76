import { escapeHtml, htmlPage } from './html.ts';
import { describeRateLimit } from './rate-limit-wording.ts';
import { referenceLinkTo } from './reference-links.ts';
import { sitePages } from './site-paths.ts';
import { siteReadmes } from './site-readmes.ts';
import { messageOf, type Operation, type SpecDocument } from './spec-summary.ts';

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
    facts.push(
      `<dt>Rate limit</dt><dd><code>${escapeHtml(operation.rateLimit.bucket)}</code> bucket: ${escapeHtml(describeRateLimit(operation.rateLimit))}</dd>`,
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
    <p><a class="primary" href="${sitePages.reference}">Read the API reference</a> or <a href="${sitePages.tryIt}">try it against the sandbox</a></p>

    <h2>Operations</h2>
${spec.operations.map(operationSection).join('\n')}

    <h2>Download the spec</h2>
    <ul>
      <li><a href="${sitePages.specYaml}" download>${sitePages.specYaml}</a>: the OpenAPI 3.1 document, bundled into one file</li>
      <li><a href="${sitePages.specJson}" download>${sitePages.specJson}</a>: the same document as JSON</li>
    </ul>

    <h2>Build against it</h2>
    <ul>
${siteReadmes.map((readme) => `      <li><a href="${readme.page}">${escapeHtml(readme.name)}</a> (<code>${escapeHtml(readme.installName)}</code>): ${escapeHtml(readme.blurb)}</li>\n`).join('')}    </ul>

    <h2>For agents</h2>
    <ul>
      <li><a href="${sitePages.llmsIndex}">${sitePages.llmsIndex}</a>: the index of this site for language models (llmstxt.org); every page has a Markdown copy at its address plus <code>.md</code></li>
      <li><a href="${sitePages.llmsFull}">${sitePages.llmsFull}</a>: every page in one Markdown file</li>
    </ul>

    <footer>Built from the OpenAPI document of ${escapeHtml(spec.title)} v${escapeHtml(spec.version)}; production server <code>${escapeHtml(spec.serverUrl)}</code>.</footer>`;
  return htmlPage({
    title: `${spec.title} API`,
    description: spec.summary,
    body,
  });
}
