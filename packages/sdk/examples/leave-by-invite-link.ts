// Leave a group by its invite link, as users paste it: the SDK normalizes the link first.
import { createRyzeClient, parseGroupIdentifier } from '@ryzeapi/sdk';

const client = createRyzeClient({
  token: process.env.RYZEAPI_TOKEN ?? '',
  baseUrl: process.env.RYZEAPI_BASE_URL,
});

const pasted = 'http://www.chat.whatsapp.com/invite/ABC123XYZ/?mode=gi_t';
console.log(`Sending ${parseGroupIdentifier(pasted).identifier}`); // https://chat.whatsapp.com/ABC123XYZ

const { groupJid } = await client.groups.leave(process.env.RYZEAPI_INSTANCE ?? 'my-instance', {
  identifier: pasted,
});
console.log(`Left ${groupJid}`);
