// A CommonJS consumer of the packed packages, run from a folder outside the workspace.
const spec = require('@ryzeapi/openapi/openapi.json');
const { startMock } = require('@ryzeapi/mock');
const { createRyzeClient, NotFoundError, SDK_USER_AGENT } = require('@ryzeapi/sdk');

async function main() {
  const mock = await startMock();
  try {
    const client = createRyzeClient({ token: 'consumer-token', baseUrl: mock.url, maxRetries: 0 });
    const left = await client.groups.leave('my-instance', {
      identifier: '120363406289005073@g.us',
    });
    const notMember = await client.groups
      .leave(
        'my-instance',
        { identifier: '120363406289005073@g.us' },
        {
          headers: { Prefer: 'code=404, example=notMember' },
        },
      )
      .catch((error) => error);
    console.log(
      JSON.stringify({
        system: 'cjs',
        operationId: spec.paths['/api/group/leave/{instance}'].delete.operationId,
        success: left.success,
        groupJid: left.groupJid,
        notMember: notMember instanceof NotFoundError ? notMember.status : String(notMember),
        userAgent: SDK_USER_AGENT,
      }),
    );
  } finally {
    await mock.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
