import { packageTestConfig } from '../../vitest.shared.ts';

// Each test starts real Prism processes; a slow machine needs more than the default 5 s.
export default packageTestConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
