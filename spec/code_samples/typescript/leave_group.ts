import { createRyzeClient } from '@ryzeapi/sdk';

const ryze = createRyzeClient({
  token: process.env.Token_Instance ?? '',
  baseUrl: 'https://ryzeapi.cloud',
});

// A JID, an invite code or an invite link: links are normalized and percent-encoded.
const { groupJid } = await ryze.groups.leave(process.env.Instance_Name ?? '', {
  identifier: 'https://chat.whatsapp.com/ABC123XYZ',
});
console.log(`Left ${groupJid}`);
