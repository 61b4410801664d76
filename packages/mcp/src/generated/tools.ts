// generated — do not edit.
// The MCP tools of @ryzeapi/openapi's bundled spec: one per operation, each bound to its SDK
// method in src/sdk-methods.ts. Regenerate with `pnpm generate` after changing the spec.

import type { ToolDefinition } from '../tool-definition.ts';

export const toolDefinitions: readonly ToolDefinition[] = [
  {
    "name": "leave_group",
    "operationId": "leaveGroup",
    "operation": "DELETE /api/group/leave/{instance}",
    "title": "Leave Group",
    "description": "Remove the instance from the specified group.\n\nMakes the instance leave a group. The identifier goes in the **query string** (not in the\nbody) since this is a `DELETE`. Pass the group's JID, its invite code or its invite link; a\nlink must be percent-encoded in the query string. Given a link or a code, the service\nextracts the code, resolves the JID, and performs the leave.\n\n- **Auth:** `TokenAccount` or `TokenInstance`, in the `token` header (or as\n  `Authorization: Bearer <token>`, for compatibility).\n- **Rate limit:** `Global` bucket, 100 requests per minute per token.\n- **Idempotent:** yes, in effect: leaving a group you have already left returns `404`\n  (`Group not found or you are not a member of this group`), not `200`. A client that\n  retries a leave whose first outcome is unknown (a timeout, a reset connection, a `5xx`)\n  may therefore see a `404` although the first attempt succeeded.\n\n**Notes**\n- Leaving a community (parent group) also unlinks the instance from the subgroups linked\n  through that community.\n- To return to the group, you must obtain a new invite.\n\n**Errors**\n\n| HTTP | Message |\n| ---- | ------- |\n| 400  | `Identifier is required` |\n| 403  | `Not allowed to leave this group` |\n| 404  | `Group not found or you are not a member of this group` |\n\nEvery error answers with the envelope\n`{\"success\": false, \"error\": {\"message\": \"Group not found or you are not a member of this group\"}}`;\nthe responses below list every status and message, those of authentication and rate limiting\nincluded.\n\n**Responses**\n\n| HTTP | Message |\n| ---- | ------- |\n| 200 | `Successfully left the group` |\n| 400 | `Identifier is required` |\n| 400 | `Instance is not connected to WhatsApp` |\n| 401 | `Missing token in header` |\n| 401 | `Invalid token` |\n| 401 | `Invalid instance token` |\n| 401 | `Invalid account token` |\n| 403 | `Not allowed to leave this group` |\n| 404 | `Group not found or you are not a member of this group` |\n| 404 | `Instance not found` |\n| 429 | `Rate limit exceeded. Try again later.` |\n| 500 | `Internal server error` |\n| 503 | `Instance is not connected to WhatsApp` |",
    "inputSchema": {
      "type": "object",
      "properties": {
        "instance": {
          "type": "string",
          "minLength": 1,
          "description": "Instance name: the name you gave the instance when you created it. It is one path segment:\nclients must percent-encode it, and names such as `.` or `..` cannot be addressed.",
          "examples": [
            "my-instance"
          ]
        },
        "identifier": {
          "title": "GroupIdentifier",
          "description": "Group JID, invite code, or link. Percent-encode it: an invite link contains `:` and `/`, and\nshare links may carry a `?mode=…` suffix.",
          "anyOf": [
            {
              "title": "GroupJid",
              "description": "A group's WhatsApp JID: digits followed by `@g.us`. Groups created today have 18 digits\nstarting with `120363`; older groups have the form `<creator phone>-<unix time>@g.us`.\n",
              "type": "string",
              "pattern": "^[0-9]+(-[0-9]+)?@g\\.us$",
              "maxLength": 64,
              "examples": [
                "120363406289005073@g.us",
                "5511999999999-1623281429@g.us"
              ]
            },
            {
              "title": "InviteCode",
              "description": "A group invite code: the last segment of an invite link. Codes issued by WhatsApp are 22\nletters and digits; the pattern is looser so that shorter codes (as in the examples) are\naccepted too.\n",
              "type": "string",
              "pattern": "^[A-Za-z0-9]{1,64}$",
              "examples": [
                "ABC123XYZ",
                "Fh3t6gXkPz1B7nY2JqL0Ao"
              ]
            },
            {
              "title": "InviteLink",
              "description": "A group invite link. The canonical form is `https://chat.whatsapp.com/<code>`; links shared\nin the wild also use `http://`, a `www.` host, an `invite/` segment, a trailing slash, or a\nshare suffix such as `?mode=gi_t`. Percent-encode the link in a query string.\n",
              "type": "string",
              "pattern": "^https?://(www\\.)?chat\\.whatsapp\\.com/(invite/)?[A-Za-z0-9]{1,64}/?(\\?[^#\\s]*)?$",
              "maxLength": 512,
              "examples": [
                "https://chat.whatsapp.com/ABC123XYZ",
                "https://chat.whatsapp.com/invite/Fh3t6gXkPz1B7nY2JqL0Ao?mode=gi_t"
              ]
            }
          ],
          "examples": [
            "120363406289005073@g.us",
            "ABC123XYZ",
            "https://chat.whatsapp.com/ABC123XYZ"
          ]
        }
      },
      "required": [
        "instance",
        "identifier"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "title": "LeaveGroupResponse",
      "description": "Confirms the leave with the JID of the group the instance left.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "success",
        "message",
        "groupJid"
      ],
      "properties": {
        "success": {
          "description": "Always `true` on success.",
          "type": "boolean",
          "const": true
        },
        "message": {
          "description": "A confirmation for humans.",
          "type": "string",
          "examples": [
            "Successfully left the group"
          ]
        },
        "groupJid": {
          "title": "GroupJid",
          "description": "A group's WhatsApp JID: digits followed by `@g.us`. Groups created today have 18 digits\nstarting with `120363`; older groups have the form `<creator phone>-<unix time>@g.us`.\n",
          "type": "string",
          "pattern": "^[0-9]+(-[0-9]+)?@g\\.us$",
          "maxLength": 64,
          "examples": [
            "120363406289005073@g.us",
            "5511999999999-1623281429@g.us"
          ]
        }
      }
    },
    "annotations": {
      "title": "Leave Group",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    }
  }
];
