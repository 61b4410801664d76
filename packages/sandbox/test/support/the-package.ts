/**
 * The tests exercise the built package, as users get it: the sandbox serves dist/openapi.json,
 * which exists only after the build (turbo builds before testing).
 */
export * from '../../dist/index.js';
