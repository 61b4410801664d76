import { packageTestConfig } from '../../vitest.shared.ts';

// quicktype and gofmt take a few seconds on a busy machine.
export default packageTestConfig({ testTimeout: 60_000 });
