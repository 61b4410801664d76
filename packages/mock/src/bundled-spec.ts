import { fileURLToPath } from 'node:url';

/**
 * The OpenAPI document the mock serves: the bundled spec of `@ryzeapi/openapi`, copied beside
 * this module at build time so the package works without the rest of the repository.
 */
export const bundledSpecPath = fileURLToPath(new URL('./openapi.json', import.meta.url));
