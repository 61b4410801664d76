// Inject your own fetch: to log, to add tracing, or to use a runtime's own client.
import { createRyzeClient } from '@ryzeapi/sdk';

const client = createRyzeClient({
  token: process.env.RYZEAPI_TOKEN ?? '',
  baseUrl: process.env.RYZEAPI_BASE_URL,
  userAgent: 'my-app/1.0', // sent before the SDK's own product token
  fetch: async (request) => {
    const response = await fetch(request);
    console.log(`${request.method} ${new URL(request.url).pathname} → ${response.status}`);
    return response;
  },
});

const { groupJid } = await client.groups.leave(process.env.RYZEAPI_INSTANCE ?? 'my-instance', {
  identifier: 'ABC123XYZ',
});
console.log(`Left ${groupJid}`);
