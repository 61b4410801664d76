// Classify and normalize group identifiers without sending anything.
import { InvalidInputError, parseGroupIdentifier } from '@ryzeapi/sdk';

for (const input of [
  '120363406289005073@g.us',
  'ABC123XYZ',
  'https://chat.whatsapp.com/invite/Fh3t6gXkPz1B7nY2JqL0Ao?mode=gi_t',
  'https://chat.whatsapp.com.evil.example/ABC123XYZ',
]) {
  try {
    const parsed = parseGroupIdentifier(input);
    console.log(`${input} → ${parsed.kind}: ${parsed.identifier}`);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    console.log(`${input} → refused: ${error.message}`);
  }
}
