import type { OperationTable } from '@ryzeapi/codegen/operation-table';

/** `leaveGroup` → `LeaveGroup`: an exported Go name. */
function exportedName(operationId: string): string {
  return operationId.charAt(0).toUpperCase() + operationId.slice(1);
}

/** A Go string literal (JSON's escapes are all valid in Go's interpreted strings). */
function goString(text: string): string {
  return JSON.stringify(text);
}

/** `X-RateLimit-Reset` → `RateLimitResetHeader`. */
function rateLimitConstant(header: string): string {
  const suffix = /^x-ratelimit-([a-z]+)$/i.exec(header)?.[1];
  if (!suffix)
    throw new Error(`The rate-limit header ${goString(header)} is not X-RateLimit-<Word>`);
  return `RateLimit${suffix.charAt(0).toUpperCase()}${suffix.slice(1).toLowerCase()}Header`;
}

function renderOperation(table: OperationTable): string {
  const parameters = table.parameters
    .map((p) => `\t\t{Name: ${goString(p.name)}, In: ${goString(p.in)}, Required: ${p.required}},`)
    .join('\n');
  const responses = table.responses
    .map(
      (r) =>
        `\t\t{Status: ${r.status}, Messages: []string{${r.messages.map(goString).join(', ')}}},`,
    )
    .join('\n');
  return `// ${exportedName(table.operationId)} is the spec's ${table.operationId} operation.
var ${exportedName(table.operationId)} = Operation{
\tID:     ${goString(table.operationId)},
\tMethod: ${goString(table.method)},
\tPath:   ${goString(table.path)},
\tParameters: []Parameter{
${parameters}
\t},
\tResponses: []Response{
${responses}
\t},
}
`;
}

/** The Go source of the operation tables: their types, the rate-limit header names, one variable per operation. */
export function renderOperationTable(tables: OperationTable[]): string {
  const headers = [...new Set(tables.flatMap((table) => table.rateLimitHeaders))];
  const constants = headers
    .map((header) => `\t${rateLimitConstant(header)} = ${goString(header)}`)
    .join('\n');
  return `package generated

// Operation is what a client needs to know of one operation of the spec.
type Operation struct {
\tID         string
\tMethod     string
\tPath       string
\tParameters []Parameter
\tResponses  []Response
}

// Parameter is one parameter of an operation; In is "path", "query", "header" or "cookie".
type Parameter struct {
\tName     string
\tIn       string
\tRequired bool
}

// Response is one documented status with the messages of its examples.
type Response struct {
\tStatus   int
\tMessages []string
}

// The rate-limit headers the spec documents on the operations' responses.
const (
${constants}
)

${tables.map(renderOperation).join('\n')}`;
}
