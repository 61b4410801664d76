import { packageTestConfig } from '../../vitest.shared.ts';

// Real Chromium, real Prism and real compilers (go run): a slow machine needs generous limits.
// Every wait inside a test has its own, shorter deadline.
export default packageTestConfig({ testTimeout: 120_000, hookTimeout: 60_000 });
