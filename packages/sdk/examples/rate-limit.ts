// Read the token's rate-limit bucket from every response.
import { createRyzeClient } from '@ryzeapi/sdk';

const client = createRyzeClient({
  token: process.env.RYZEAPI_TOKEN ?? '',
  baseUrl: process.env.RYZEAPI_BASE_URL,
});

const { data, rateLimit } = await client.groups
  .leave(process.env.RYZEAPI_INSTANCE ?? 'my-instance', { identifier: '120363406289005073@g.us' })
  .withResponse();
console.log(`Left ${data.groupJid}`);
if (rateLimit) {
  console.log(
    `${rateLimit.remaining}/${rateLimit.limit} requests left until ${rateLimit.resetAt.toISOString()}`,
  );
}
