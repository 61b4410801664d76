// The typed openapi-fetch client underneath: no retries, no timeout, no error classes; the same
// token, User-Agent and path safety.
import { createRyzeClient } from '@ryzeapi/sdk';

const client = createRyzeClient({
  token: process.env.RYZEAPI_TOKEN ?? '',
  baseUrl: process.env.RYZEAPI_BASE_URL,
});

const { data, error, response } = await client.raw.DELETE('/api/group/leave/{instance}', {
  params: {
    path: { instance: process.env.RYZEAPI_INSTANCE ?? 'my-instance' },
    query: { identifier: '120363406289005073@g.us' },
  },
});
if (data) console.log(`Left ${data.groupJid}`);
else console.log(`HTTP ${response.status}: ${error?.error.message}`);
