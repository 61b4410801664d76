/**
 * Loaded with `node --import` before a Node sample. The SDK sample relies on the SDK's default
 * base URL (the production server), which no text substitution can reach: this sends requests
 * for the production server to the recording proxy, and refuses any other host outright.
 */
const production = process.env.SAMPLE_PRODUCTION_URL;
const proxy = process.env.SAMPLE_PROXY_URL;
if (!production || !proxy) {
  throw new Error('fetch-to-mock.preload.ts needs SAMPLE_PRODUCTION_URL and SAMPLE_PROXY_URL.');
}
const productionOrigin = new URL(production).origin;
const proxyOrigin = new URL(proxy).origin;
const realFetch = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  if (url.origin === proxyOrigin) return realFetch(request);
  if (url.origin !== productionOrigin) {
    throw new Error(
      `The sample tried to reach ${url.origin}; samples may only reach ${productionOrigin}.`,
    );
  }
  return realFetch(new Request(new URL(`${url.pathname}${url.search}`, proxyOrigin), request));
};
