// size-limit's plugins ship no types. Each exports a list of plugin objects, which size-limit's
// own declaration of its programmatic API calls `AnyFunction[]`: typed as that element here so
// that the call type-checks as size-limit declares it.
declare module '@size-limit/esbuild' {
  import type sizeLimit from 'size-limit';

  const plugins: Parameters<typeof sizeLimit>[0][number];
  export default plugins;
}

declare module '@size-limit/file' {
  import type sizeLimit from 'size-limit';

  const plugins: Parameters<typeof sizeLimit>[0][number];
  export default plugins;
}
