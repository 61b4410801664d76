import { packageTestConfig } from '../../vitest.shared.ts';

// The gate and the dry run start pnpm, tsx and npm processes: a busy machine needs more than 5 s.
export default packageTestConfig({ testTimeout: 120_000, hookTimeout: 300_000 });
