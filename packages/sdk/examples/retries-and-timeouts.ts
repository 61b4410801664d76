// Tune retries and timeouts for the whole client, and override them for one call.
import { createRyzeClient } from '@ryzeapi/sdk';

const client = createRyzeClient({
  token: process.env.RYZEAPI_TOKEN ?? '',
  baseUrl: process.env.RYZEAPI_BASE_URL,
  maxRetries: 4, // after a 429, a 5xx, a lost connection or a timeout (default 2)
  timeoutMs: 10_000, // per attempt (default 30 000)
  maxRetryWaitMs: 20_000, // longest wait before a retry, X-RateLimit-Reset included (default 60 000)
});

// A call that must not be retried (for example in a request handler with its own deadline):
const { data, attempts } = await client.groups
  .leave(
    process.env.RYZEAPI_INSTANCE ?? 'my-instance',
    { identifier: '120363406289005073@g.us' },
    { maxRetries: 0, timeoutMs: 5_000 },
  )
  .withResponse();
console.log(`Left ${data.groupJid} in ${attempts} attempt(s)`);
