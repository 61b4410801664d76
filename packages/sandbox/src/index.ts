export type { Clock } from './clock.ts';
export type { ControlState } from './control-api.ts';
export { FixtureError, PortInUseError, SandboxOptionError } from './errors.ts';
export type { FaultKind, FaultRequest } from './faults.ts';
export {
  type AccountFixture,
  defaultFixtures,
  type Fixtures,
  type GroupFixture,
  type InstanceFixture,
} from './fixtures.ts';
export { DISCONNECTED_STATUS } from './leave-group.ts';
export { loadFixtures } from './load-fixtures.ts';
export type { ResetSettings, SandboxOptions } from './sandbox-options.ts';
export { type RunningSandbox, startSandbox } from './start-sandbox.ts';
export type { StateSnapshot } from './state.ts';
