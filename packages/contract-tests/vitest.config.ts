import { packageTestConfig } from '../../vitest.shared.ts';

export default packageTestConfig({
  globalSetup: ['test/global-setup.ts'],
  // Several tests start Prism processes of their own (a tampered mock, proxies).
  testTimeout: 60_000,
  hookTimeout: 60_000,
});
