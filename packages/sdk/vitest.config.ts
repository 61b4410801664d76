import { readFileSync } from 'node:fs';
import { packageTestConfig } from '../../vitest.shared.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  ...packageTestConfig({
    // Type tests (expectTypeOf, @ts-expect-error) run with the others and count in the report.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  }),
  // The tests run the sources: give them the constant tsdown defines at build time.
  define: { __SDK_VERSION__: JSON.stringify(version) },
};
