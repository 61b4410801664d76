/**
 * An environment variable where the runtime has them (Node.js, Bun, Deno's Node compatibility),
 * `undefined` elsewhere (a browser): read through globalThis, so that no bundler sees a bare Node.js global.
 */
export function environmentVariable(name: string): string | undefined {
  return (
    (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
      name
    ] || undefined
  );
}
