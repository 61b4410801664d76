// Leave a group by its JID: the ten lines of the README.
// Run: RYZEAPI_TOKEN=… RYZEAPI_INSTANCE=my-instance npx tsx examples/leave-group.ts
import { createRyzeClient } from '@ryzeapi/sdk';

// The token comes from RYZEAPI_TOKEN, the origin from RYZEAPI_BASE_URL (default https://ryzeapi.cloud).
const client = createRyzeClient();

const left = await client.groups.leave(process.env.RYZEAPI_INSTANCE ?? 'my-instance', {
  identifier: '120363406289005073@g.us',
});
console.log(`${left.message}: ${left.groupJid}`);
