import { sdkFolders, sitePages } from './site-paths.ts';

/**
 * The package READMEs the site publishes as pages, in the order the landing page, the
 * navigation and llms.txt list them: the three SDKs, then the tools.
 */
export interface SiteReadme {
  page: string;
  /** What the navigation and the lists call it. */
  name: string;
  /** What a user installs: the npm package, the PyPI distribution, the Go module. */
  installName: string;
  section: 'SDKs' | 'Tools';
  /** The page's title and meta description. */
  title: string;
  description: string;
  /** One line for the landing page and llms.txt, after the name. */
  blurb: string;
  /**
   * Where the README is: a workspace package this one depends on (its folder, through the
   * workspace link), or a folder read by path (the SDKs built with Python or Go).
   */
  source: { packageName: string } | { folder: string };
  /** A folder of runnable examples, each file shown on the page after the README. */
  examplesDir?: string;
}

export const siteReadmes: readonly SiteReadme[] = [
  {
    page: sitePages.sdkReadme,
    name: 'TypeScript SDK',
    installName: '@ryzeapi/sdk',
    section: 'SDKs',
    title: 'TypeScript SDK (@ryzeapi/sdk)',
    description: 'The TypeScript client for the RyzeAPI group endpoints.',
    blurb: 'a typed client with one error class per status family',
    source: { packageName: '@ryzeapi/sdk' },
  },
  {
    page: sitePages.pythonSdkReadme,
    name: 'Python SDK',
    installName: 'ryzeapi',
    section: 'SDKs',
    title: 'Python SDK (ryzeapi)',
    description: 'The Python client for the RyzeAPI group endpoints, sync and async.',
    blurb: 'sync and async clients on httpx, with the same errors, retries and pacing',
    source: { folder: sdkFolders.python },
    examplesDir: 'examples',
  },
  {
    page: sitePages.goSdkReadme,
    name: 'Go SDK',
    installName: 'github.com/ryzeapi/ryzeapi-groups/packages/sdk-go',
    section: 'SDKs',
    title: 'Go SDK (github.com/ryzeapi/ryzeapi-groups/packages/sdk-go)',
    description: 'The Go client for the RyzeAPI group endpoints, standard library only.',
    blurb: 'standard library only, with typed errors, retries, pacing and bulk leave',
    source: { folder: sdkFolders.go },
    examplesDir: 'examples',
  },
  {
    page: sitePages.mockReadme,
    name: 'Mock server',
    installName: '@ryzeapi/mock',
    section: 'Tools',
    title: 'Mock server (@ryzeapi/mock)',
    description: 'A Prism mock of the RyzeAPI group endpoints, for local development and tests.',
    blurb: "Prism answering with the spec's examples, on your machine",
    source: { packageName: '@ryzeapi/mock' },
  },
  {
    page: sitePages.sandboxReadme,
    name: 'Sandbox',
    installName: '@ryzeapi/sandbox',
    section: 'Tools',
    title: 'Sandbox (@ryzeapi/sandbox)',
    description:
      'A stateful sandbox of the RyzeAPI group endpoints: memberships, rate limits, tokens and faults, for tests.',
    blurb:
      'a stateful imitation of the service (groups left stay left, a rate-limit bucket per token, faults), to test your integration against',
    source: { packageName: '@ryzeapi/sandbox' },
  },
  {
    page: sitePages.mcpReadme,
    name: 'MCP server',
    installName: '@ryzeapi/mcp',
    section: 'Tools',
    title: 'MCP server (@ryzeapi/mcp)',
    description: 'A Model Context Protocol server whose tools are the RyzeAPI group endpoints.',
    blurb: 'the operations as tools for AI agents, called through the SDK',
    source: { packageName: '@ryzeapi/mcp' },
  },
];
