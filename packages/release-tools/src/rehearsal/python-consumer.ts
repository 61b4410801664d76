import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '@ryzeapi/test-support/command';
import { SYSTEM_PYTHON } from '../python-check/python-distribution.ts';
import { SEED } from './seed.ts';

/**
 * A fresh venv that sees Debian's httpx (`--system-site-packages`, as the SDK runs on Debian's
 * Python) and installs `ryzeapi==<version>` from `indexUrl` alone: the machine's pip
 * configuration and extra wheel folders are ignored, so only the rehearsal's index can supply it.
 * `from: 'sdist'` builds it from the sdist instead of the wheel, with Debian's hatchling (no
 * build isolation: the backend cannot be downloaded).
 */
export async function pipInstall(
  workDir: string,
  env: NodeJS.ProcessEnv,
  indexUrl: string,
  version: string,
  from: 'wheel' | 'sdist' = 'wheel',
): Promise<{ venv: string; output: string }> {
  const venv = mkdtempSync(join(workDir, 'python-consumer-'));
  const hermetic: NodeJS.ProcessEnv = { ...env, PIP_CONFIG_FILE: '/dev/null' };
  delete hermetic.PIP_FIND_LINKS;
  delete hermetic.PIP_INDEX_URL;
  delete hermetic.PIP_EXTRA_INDEX_URL;
  await runCommand(SYSTEM_PYTHON, ['-m', 'venv', '--system-site-packages', venv], {
    cwd: venv,
    env: hermetic,
  });
  const { output } = await runCommand(
    join(venv, 'bin', 'python'),
    [
      '-m',
      'pip',
      'install',
      '--no-cache-dir',
      '--index-url',
      indexUrl,
      ...(from === 'sdist' ? ['--no-binary', 'ryzeapi', '--no-build-isolation'] : []),
      `ryzeapi==${version}`,
    ],
    { cwd: venv, env: hermetic },
  );
  return { venv, output };
}

const LEAVE = `
import asyncio, os, sys
from importlib import resources
from ryzeapi import AsyncRyze, NotFoundError, Ryze

SEED = dict(instance=${JSON.stringify(SEED.instance)}, identifier=${JSON.stringify(SEED.identifier)})

def check_second(leave):
    try:
        leave()
    except NotFoundError as error:
        if ${JSON.stringify(SEED.notMemberMessage)} not in str(error):
            raise SystemExit("unexpected 404 message: %s" % error)
        print("404", error)
        return
    raise SystemExit("the second leave of the same group succeeded; the sandbox should answer 404")

def sync():
    client = Ryze(token=${JSON.stringify(SEED.token)}, base_url=os.environ["SANDBOX_URL"])
    left = client.groups.leave(SEED["instance"], identifier=SEED["identifier"])
    assert left.group_jid == ${JSON.stringify(SEED.groupJid)}, left
    print("200", left.group_jid)
    check_second(lambda: client.groups.leave(SEED["instance"], identifier=SEED["identifier"]))

async def run_async():
    async with AsyncRyze(token=${JSON.stringify(SEED.token)}, base_url=os.environ["SANDBOX_URL"]) as client:
        left = await client.groups.leave(SEED["instance"], identifier=SEED["identifier"])
        assert left.group_jid == ${JSON.stringify(SEED.groupJid)}, left
        print("200", left.group_jid)
        try:
            await client.groups.leave(SEED["instance"], identifier=SEED["identifier"])
        except NotFoundError as error:
            print("404", error)
            return
        raise SystemExit("the second leave of the same group succeeded; the sandbox should answer 404")

def typed():
    marker = resources.files("ryzeapi").joinpath("py.typed")
    if not marker.is_file():
        raise SystemExit("the installed ryzeapi has no py.typed: type checkers treat it as untyped (PEP 561)")
    print("py.typed present in", resources.files("ryzeapi"))

{"sync": sync, "async": lambda: asyncio.run(run_async()), "typed": typed}[sys.argv[1]]()
`;

/** Runs one step of the Python consumer in `venv`: the leave, sync or async, or the PEP 561 check. */
export async function runPythonConsumer(
  venv: string,
  env: NodeJS.ProcessEnv,
  step: 'sync' | 'async' | 'typed',
  sandboxUrl: string,
): Promise<string> {
  const script = join(venv, 'consumer.py');
  writeFileSync(script, LEAVE);
  // Run outside the venv's folder, so the module comes from site-packages and nowhere else.
  const { output } = await runCommand(join(venv, 'bin', 'python'), ['-I', script, step], {
    cwd: '/',
    env: { ...env, SANDBOX_URL: sandboxUrl },
  });
  return output;
}
