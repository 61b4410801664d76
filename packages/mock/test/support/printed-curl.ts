/** Replays a `curl -i -X METHOD 'URL' -H 'name: value'…` line, as printed by the CLI, with fetch. */
export function fetchPrintedCurl(line: string): Promise<Response> {
  const command = /curl -i -X (\w+) '([^']+)'((?: -H '[^']+')*)\s*$/.exec(line);
  if (!command) throw new Error(`Not a curl command this test understands: ${line}`);
  const [, method, url, headerFlags] = command as unknown as [string, string, string, string];
  const headers = [...headerFlags.matchAll(/-H '([^:]+): ([^']*)'/g)].map(
    ([, name, value]) => [name, value] as [string, string],
  );
  return fetch(url, { method, headers });
}
