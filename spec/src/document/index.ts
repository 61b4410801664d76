/**
 * The one reader of the bundled spec: loads it, follows its references, lists its operations and
 * the (status, example) pairs of their responses. Every package that reads the spec goes through
 * this module.
 */
export {
  isJsonObject,
  type JsonObject,
  resolveObject,
  resolvePointer,
  resolveRef,
} from './json-pointer.ts';
export {
  type CodeSample,
  type Header,
  HTTP_METHODS,
  type HttpMethod,
  type MediaType,
  type NamedExample,
  type Operation,
  operationsOf,
  type Parameter,
  type Response,
} from './operations.ts';
export {
  type BundleFile,
  bundledSpecPath,
  readBundledSpec,
  readOpenApiDocument,
} from './read-bundle.ts';
export { type ResponseExample, responseExamples } from './response-examples.ts';
