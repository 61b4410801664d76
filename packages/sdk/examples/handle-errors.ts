// Branch on the error class (the status family), never on the message text.
import {
  ApiError,
  AuthenticationError,
  ConnectionError,
  createRyzeClient,
  InvalidInputError,
  NotFoundError,
  RateLimitError,
} from '@ryzeapi/sdk';

const client = createRyzeClient({
  token: process.env.RYZEAPI_TOKEN ?? '',
  baseUrl: process.env.RYZEAPI_BASE_URL,
});

try {
  const { groupJid } = await client.groups.leave(process.env.RYZEAPI_INSTANCE ?? 'my-instance', {
    identifier: 'ABC123XYZ',
  });
  console.log(`Left ${groupJid}`);
} catch (error) {
  if (error instanceof NotFoundError && error.mayHaveSucceededEarlier) {
    // A retry after an unknown outcome (timeout, 5xx) answered 404: the first attempt may have left.
    console.log('Probably already left:', error.message);
  } else if (error instanceof NotFoundError) {
    console.log('Not a member of that group, or no such group or instance:', error.message);
  } else if (error instanceof AuthenticationError) {
    console.log('Check the token:', error.message);
  } else if (error instanceof RateLimitError) {
    console.log(`Rate limited until ${error.rateLimit?.resetAt.toISOString()}`);
  } else if (error instanceof ApiError) {
    console.log(
      `HTTP ${error.status} after ${error.attempts} attempt(s):`,
      error.message,
      error.body,
    );
  } else if (error instanceof ConnectionError) {
    console.log('Network trouble (or a timeout):', error.message);
  } else if (error instanceof InvalidInputError) {
    console.log('Nothing was sent:', error.message);
  } else {
    throw error;
  }
}
