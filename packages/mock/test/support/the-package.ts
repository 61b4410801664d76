/**
 * The tests exercise the built package, as users get it: Prism runs from dist/prism-entry.js and
 * serves dist/openapi.json, which exist only after the build (turbo builds before testing).
 */
export * from '../../dist/index.js';
