// Cancel a call with an AbortSignal: the request in flight and any wait before a retry stop.
import { createRyzeClient, RequestAbortedError } from '@ryzeapi/sdk';

const client = createRyzeClient({
  token: process.env.RYZEAPI_TOKEN ?? '',
  baseUrl: process.env.RYZEAPI_BASE_URL,
});

const controller = new AbortController();
process.once('SIGINT', () => controller.abort()); // Ctrl-C cancels the call

try {
  const { groupJid } = await client.groups.leave(
    process.env.RYZEAPI_INSTANCE ?? 'my-instance',
    { identifier: '120363406289005073@g.us' },
    { signal: controller.signal },
  );
  console.log(`Left ${groupJid}`);
} catch (error) {
  if (!(error instanceof RequestAbortedError)) throw error;
  console.log('Cancelled');
}
