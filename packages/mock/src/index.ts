export { bundledSpecPath } from './bundled-spec.ts';
export { MockOptionError, MockStartError, PortInUseError } from './errors.ts';
export type { RunningServer } from './prism-server.ts';
export type { ServerOptions } from './server-options.ts';
export { type MockOptions, type RunningMock, startMock } from './start-mock.ts';
export { type ProxyOptions, type RunningProxy, startProxy } from './start-proxy.ts';
