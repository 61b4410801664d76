import { packageTestConfig } from '../../vitest.shared.ts';

// Tests start real servers and processes; a busy machine needs more than the default 5 s.
export default packageTestConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
