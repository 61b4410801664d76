/*
 * The "Try it" page: Swagger UI's console on the bundled spec, sending to the sandbox whose
 * address the form holds (from `?sandbox=`, else the default), with the form's token.
 *
 * Swagger UI is adapted through its plugin API only (wrapComponents), never by editing its
 * markup: its server picker and Authorize dialog give way to the form above, and its unnamed
 * selects get a label. Every wrapped component is looked up first, so an upstream rename stops
 * the page with an error instead of silently dropping a fix.
 */
(() => {
  const form = document.getElementById('sandbox-settings');
  const addressInput = form.elements.namedItem('sandbox');
  const tokenInput = form.elements.namedItem('token');
  const status = document.getElementById('sandbox-status');
  const { spec: specUrl, defaultSandbox, tokenScheme } = form.dataset;

  /** A visually hidden text, for names that only assistive technology needs. */
  const hidden = (React, text) =>
    React.createElement('span', { className: 'visually-hidden' }, text);

  const WRAPPED = {
    // The form above picks the sandbox and holds the token: one place for each.
    ServersContainer: () => () => null,
    AuthorizeBtnContainer: () => () => null,
    // The page has its own title and links to the reference, which shows the spec's overview.
    InfoContainer: () => () => null,
    // Swagger UI's example picker is a <select> without a name (axe: select-name, critical).
    ExamplesSelect: (Original, system) => (props) =>
      system.React.createElement(
        'label',
        { className: 'examples-select-label' },
        hidden(system.React, 'Example'),
        system.React.createElement(Original, props),
      ),
  };

  function accessibleConsole() {
    return { wrapComponents: WRAPPED };
  }

  function checkWrappedComponents(ui) {
    const components = ui.getSystem().getComponents();
    const missing = Object.keys(WRAPPED).filter((name) => !(name in components));
    if (missing.length > 0) {
      throw new Error(
        `Swagger UI no longer has the component(s) ${missing.join(', ')} that this page adapts: ` +
          'update WRAPPED in src/assets/try-it.js for the new release.',
      );
    }
  }

  /** The address as an origin-like URL without a trailing slash, or an error message. */
  function parseSandboxAddress(text) {
    let url;
    try {
      url = new URL(text.trim());
    } catch {
      return {
        error: `"${text}" is not a URL: give the sandbox's address, such as ${defaultSandbox}.`,
      };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { error: `"${text}" is not an http or https address, such as ${defaultSandbox}.` };
    }
    if (url.search || url.hash || url.username || url.password) {
      return {
        error: `"${text}" has a query, fragment or credentials: give the sandbox's address alone, such as ${defaultSandbox}.`,
      };
    }
    return { url: url.href.replace(/\/+$/, '') };
  }

  let specDocument;
  let ui;

  function authorize() {
    ui?.preauthorizeApiKey(tokenScheme, tokenInput.value);
  }

  /** A new node for each console: Swagger UI mounts once per node. */
  function freshConsoleNode() {
    const node = document.createElement('div');
    document.getElementById('console').replaceChildren(node);
    return node;
  }

  function showConsole(sandboxUrl) {
    const spec = structuredClone(specDocument);
    spec.servers = [{ url: sandboxUrl, description: 'Sandbox' }];
    ui = SwaggerUIBundle({
      spec,
      domNode: freshConsoleNode(),
      plugins: [accessibleConsole],
      docExpansion: 'full',
      defaultModelsExpandDepth: -1,
      tryItOutEnabled: true,
      displayRequestDuration: true,
      validatorUrl: null,
      onComplete: authorize,
    });
    checkWrappedComponents(ui);
    status.textContent = `Requests go to ${sandboxUrl}.`;
  }

  function useAddress(text) {
    const address = parseSandboxAddress(text);
    if (address.error) {
      status.textContent = address.error;
      addressInput.setAttribute('aria-invalid', 'true');
      return;
    }
    addressInput.removeAttribute('aria-invalid');
    addressInput.value = address.url;
    showConsole(address.url);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams(window.location.search);
    query.set('sandbox', addressInput.value.trim());
    window.history.replaceState(null, '', `?${query}`);
    useAddress(addressInput.value);
  });
  tokenInput.addEventListener('input', authorize);

  addressInput.value = new URLSearchParams(window.location.search).get('sandbox') ?? defaultSandbox;
  fetch(specUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${specUrl} answered ${response.status}`);
      return response.json();
    })
    .then((document) => {
      specDocument = document;
      useAddress(addressInput.value);
    })
    .catch((error) => {
      status.textContent = `The console could not start: ${error.message}`;
      throw error;
    });
})();
