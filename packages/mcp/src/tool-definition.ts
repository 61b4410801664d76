/** A JSON Schema object, as the spec writes it and as MCP hosts receive it. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * One MCP tool, generated from one operation of the spec (see scripts/tool-definitions.ts): what
 * `tools/list` shows for it, and which operation its calls perform.
 */
export interface ToolDefinition {
  /** The operationId in snake_case: `leaveGroup` → `leave_group`. */
  readonly name: string;
  /** The operation the tool performs, which names its SDK method in `sdk-methods.ts`. */
  readonly operationId: string;
  /** `DELETE /api/group/leave/{instance}`, for logs. */
  readonly operation: string;
  /** The operation's summary. */
  readonly title: string;
  /** The operation's description, error table included. */
  readonly description: string;
  /** An object with one property per path and query parameter, from their schemas and examples. */
  readonly inputSchema: JsonSchema;
  /** The schema of the operation's 200 JSON body, when it has one. */
  readonly outputSchema?: JsonSchema | undefined;
  readonly annotations: {
    readonly title: string;
    /** `GET` and `HEAD` only read. */
    readonly readOnlyHint: boolean;
    /** `DELETE` removes something (for a leave: the instance's membership of a group). */
    readonly destructiveHint?: boolean | undefined;
    /** The operation's `x-idempotent`, when it says. */
    readonly idempotentHint?: boolean | undefined;
    /** Every tool acts on the RyzeAPI service, and through it on WhatsApp. */
    readonly openWorldHint: true;
  };
}
