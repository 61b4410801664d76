// Leave many groups at the pace the token's bucket allows: one result per identifier, in order.
import { createRyzeClient } from '@ryzeapi/sdk';

const client = createRyzeClient({
  onRateLimit: ({ resetAt, waiting }) =>
    console.log(`${waiting} call(s) wait for the bucket until ${resetAt.toISOString()}`),
});

const results = await client.groups.leaveMany(
  process.env.RYZEAPI_INSTANCE ?? 'my-instance',
  ['120363406289005073@g.us', 'ABC123XYZ', 'https://chat.whatsapp.com/Fh3t6gXkPz1B7nY2JqL0Ao'],
  { onProgress: ({ done, total }) => console.log(`${done}/${total}`) },
);
for (const result of results) {
  console.log(result.ok ? `left ${result.data.groupJid}` : `${result.identifier}: ${result.error}`);
}
