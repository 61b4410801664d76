// generated — do not edit.
// openapi-typescript output for @ryzeapi/openapi's dist/openapi.yaml (the bundled spec).
// Regenerate with `pnpm generate` after changing the spec.

export interface paths {
    "/api/group/leave/{instance}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name: the name you gave the instance when you created it. It is one path segment:
                 *     clients must percent-encode it, and names such as `.` or `..` cannot be addressed.
                 * @example my-instance
                 */
                instance: components["parameters"]["InstanceName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Leave Group
         * @description Remove the instance from the specified group.
         *
         *     Makes the instance leave a group. The identifier goes in the **query string** (not in the
         *     body) since this is a `DELETE`. Pass the group's JID, its invite code or its invite link; a
         *     link must be percent-encoded in the query string. Given a link or a code, the service
         *     extracts the code, resolves the JID, and performs the leave.
         *
         *     - **Auth:** `TokenAccount` or `TokenInstance`, in the `token` header (or as
         *       `Authorization: Bearer <token>`, for compatibility).
         *     - **Rate limit:** `Global` bucket, 100 requests per minute per token.
         *     - **Idempotent:** yes, in effect: leaving a group you have already left returns `404`
         *       (`Group not found or you are not a member of this group`), not `200`. A client that
         *       retries a leave whose first outcome is unknown (a timeout, a reset connection, a `5xx`)
         *       may therefore see a `404` although the first attempt succeeded.
         *
         *     **Notes**
         *     - Leaving a community (parent group) also unlinks the instance from the subgroups linked
         *       through that community.
         *     - To return to the group, you must obtain a new invite.
         *
         *     **Errors**
         *
         *     | HTTP | Message |
         *     | ---- | ------- |
         *     | 400  | `Identifier is required` |
         *     | 403  | `Not allowed to leave this group` |
         *     | 404  | `Group not found or you are not a member of this group` |
         *
         *     Every error answers with the envelope
         *     `{"success": false, "error": {"message": "Group not found or you are not a member of this group"}}`;
         *     the responses below list every status and message, those of authentication and rate limiting
         *     included.
         */
        delete: operations["leaveGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * GroupJid
         * @description A group's WhatsApp JID: digits followed by `@g.us`. Groups created today have 18 digits
         *     starting with `120363`; older groups have the form `<creator phone>-<unix time>@g.us`.
         * @example 120363406289005073@g.us
         * @example 5511999999999-1623281429@g.us
         */
        GroupJid: string;
        /**
         * InviteCode
         * @description A group invite code: the last segment of an invite link. Codes issued by WhatsApp are 22
         *     letters and digits; the pattern is looser so that shorter codes (as in the examples) are
         *     accepted too.
         * @example ABC123XYZ
         * @example Fh3t6gXkPz1B7nY2JqL0Ao
         */
        InviteCode: string;
        /**
         * InviteLink
         * @description A group invite link. The canonical form is `https://chat.whatsapp.com/<code>`; links shared
         *     in the wild also use `http://`, a `www.` host, an `invite/` segment, a trailing slash, or a
         *     share suffix such as `?mode=gi_t`. Percent-encode the link in a query string.
         * @example https://chat.whatsapp.com/ABC123XYZ
         * @example https://chat.whatsapp.com/invite/Fh3t6gXkPz1B7nY2JqL0Ao?mode=gi_t
         */
        InviteLink: string;
        /**
         * GroupIdentifier
         * @description A group, named by its JID, its invite code, or its invite link.
         */
        GroupIdentifier: components["schemas"]["GroupJid"] | components["schemas"]["InviteCode"] | components["schemas"]["InviteLink"];
        /**
         * LeaveGroupResponse
         * @description Confirms the leave with the JID of the group the instance left.
         */
        LeaveGroupResponse: {
            /**
             * @description Always `true` on success.
             * @constant
             */
            success: true;
            /**
             * @description A confirmation for humans.
             * @example Successfully left the group
             */
            message: string;
            groupJid: components["schemas"]["GroupJid"];
        };
        /**
         * ErrorEnvelope
         * @description The body of every error response. It has no machine-readable code: branch on the HTTP status,
         *     and treat `error.message` as text for humans.
         */
        ErrorEnvelope: {
            /**
             * @description Always `false` on error.
             * @constant
             */
            success: false;
            error: {
                /** @description What went wrong, in English. */
                message: string;
            };
        };
    };
    responses: {
        /**
         * @description The `token` header is missing, or the token is not valid for this instance. The messages
         *     differ by case; branch on the status, not on the text.
         */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description The token's rate-limit bucket is empty. Wait until `X-RateLimit-Reset` (Unix time, seconds)
         *     before retrying; `Retry-After` is not sent.
         */
        TooManyRequests: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description An unexpected failure on the service's side. The service does not document this message's
         *     text; the example shows the envelope's shape. Whether the operation took effect is unknown.
         */
        InternalServerError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description The instance cannot serve the request now: it is not connected to WhatsApp, or the bridge is
         *     not configured. The same message may come with a `400`.
         */
        ServiceUnavailable: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description Instance name: the name you gave the instance when you created it. It is one path segment:
         *     clients must percent-encode it, and names such as `.` or `..` cannot be addressed.
         * @example my-instance
         */
        InstanceName: string;
        /**
         * @description Group JID, invite code, or link. Percent-encode it: an invite link contains `:` and `/`, and
         *     share links may carry a `?mode=…` suffix.
         */
        GroupIdentifier: components["schemas"]["GroupIdentifier"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description The number of requests the token's bucket allows per window (the Global bucket allows 100 per minute).
         * @example 100
         */
        "X-RateLimit-Limit": number;
        /**
         * @description The number of requests left in the token's bucket for the current window.
         * @example 99
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description When the token's bucket refills, as a Unix time in seconds. After a `429`, wait until then before retrying.
         * @example 1767225600
         */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    leaveGroup: {
        parameters: {
            query: {
                /**
                 * @description Group JID, invite code, or link. Percent-encode it: an invite link contains `:` and `/`, and
                 *     share links may carry a `?mode=…` suffix.
                 */
                identifier: components["parameters"]["GroupIdentifier"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name: the name you gave the instance when you created it. It is one path segment:
                 *     clients must percent-encode it, and names such as `.` or `..` cannot be addressed.
                 * @example my-instance
                 */
                instance: components["parameters"]["InstanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The instance left the group. The body confirms the leave with the `groupJid` of the
             *     group left. Leaving a community (parent group) also unlinks the instance from the
             *     subgroups linked through that community. To return to the group, you will need a new
             *     invite.
             */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaveGroupResponse"];
                };
            };
            /**
             * @description The request is invalid: `identifier` is missing or empty, or it is neither a group JID,
             *     an invite code nor an invite link. A disconnected instance may also be reported here.
             */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The token may not make this instance leave this group. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /**
             * @description The group was not found, or the instance is not a member of it (this includes a group
             *     already left: see the idempotency note), or the instance does not exist.
             */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
