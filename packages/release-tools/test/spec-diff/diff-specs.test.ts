import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/spec-diff/diff-specs.ts';
import type { JsonObject } from '../../src/spec-diff/openapi-document.ts';
import { type ChangeKind, isBreaking } from '../../src/spec-diff/spec-change.ts';
import {
  arrayAt,
  leaveOperation,
  leaveParameters,
  leaveResponses,
  modeParameter,
  objectAt,
  propertyOf,
  schemaOf,
} from './fixture-access.ts';
import { CREATE, LEAVE, leaveGroupFixture } from './leave-group-fixture.ts';

interface Case {
  name: string;
  /** Edits the "after" document; `before` (optional) edits the "before" one. */
  change: (after: JsonObject) => void;
  before?: (before: JsonObject) => void;
  want: { rule: string; kind: ChangeKind };
}

function diff(c: Pick<Case, 'change' | 'before'>) {
  const before = leaveGroupFixture();
  c.before?.(before);
  const after = structuredClone(before);
  c.change(after);
  return diffSpecs(before, after);
}

/** Each rule with a pair: a change that must fail the gate and, where one exists, one that must pass. */
const requestCases: Case[] = [
  {
    name: 'a new required query parameter',
    change: (d) =>
      leaveParameters(d).push({
        name: 'force',
        in: 'query',
        required: true,
        schema: { type: 'boolean' },
      }),
    want: { rule: 'required-parameter-added', kind: 'request-breaking' },
  },
  {
    name: 'a new optional query parameter',
    change: (d) =>
      leaveParameters(d).push({ name: 'force', in: 'query', schema: { type: 'boolean' } }),
    want: { rule: 'optional-parameter-added', kind: 'compatible' },
  },
  {
    name: 'an optional parameter made required',
    change: (d) => {
      modeParameter(d).required = true;
    },
    want: { rule: 'parameter-became-required', kind: 'request-breaking' },
  },
  {
    name: 'a required parameter made optional',
    change: (d) => {
      objectAt(d, 'components', 'parameters', 'GroupIdentifier').required = false;
    },
    want: { rule: 'parameter-became-optional', kind: 'compatible' },
  },
  {
    name: 'a removed parameter',
    change: (d) => {
      leaveParameters(d).splice(1, 1);
    },
    want: { rule: 'parameter-removed', kind: 'request-breaking' },
  },
  {
    name: 'a parameter serialised differently',
    change: (d) => {
      modeParameter(d).style = 'spaceDelimited';
    },
    want: { rule: 'parameter-serialization-changed', kind: 'request-breaking' },
  },
  {
    name: 'an enum value removed from a request parameter',
    change: (d) => {
      objectAt(modeParameter(d), 'schema').enum = ['soft'];
    },
    want: { rule: 'enum-narrowed', kind: 'request-breaking' },
  },
  {
    name: 'an enum value added to a request parameter',
    change: (d) => {
      objectAt(modeParameter(d), 'schema').enum = ['soft', 'hard', 'auto'];
    },
    want: { rule: 'enum-widened', kind: 'compatible' },
  },
  {
    name: 'a request pattern replaced by a stricter one',
    change: (d) => {
      schemaOf(d, 'InviteCode').pattern = '^[A-Za-z0-9]{22}$';
    },
    want: { rule: 'pattern-changed', kind: 'request-breaking' },
  },
  {
    name: 'a request pattern removed',
    change: (d) => {
      delete schemaOf(d, 'InviteCode').pattern;
    },
    want: { rule: 'pattern-changed', kind: 'compatible' },
  },
  {
    name: 'a request maxLength lowered',
    change: (d) => {
      schemaOf(d, 'InviteLink').maxLength = 100;
    },
    want: { rule: 'limit-changed', kind: 'request-breaking' },
  },
  {
    name: 'a request maxLength raised',
    change: (d) => {
      schemaOf(d, 'InviteLink').maxLength = 2048;
    },
    want: { rule: 'limit-changed', kind: 'compatible' },
  },
  {
    name: 'an identifier form removed from an anyOf',
    change: (d) => {
      arrayAt(d, 'components', 'schemas', 'GroupIdentifier', 'anyOf').pop();
    },
    want: { rule: 'form-removed', kind: 'request-breaking' },
  },
  {
    name: 'an identifier form added to an anyOf',
    change: (d) => {
      objectAt(d, 'components', 'schemas').ShortLink = { type: 'string', format: 'uri' };
      arrayAt(d, 'components', 'schemas', 'GroupIdentifier', 'anyOf').push({
        $ref: '#/components/schemas/ShortLink',
      });
    },
    want: { rule: 'form-added', kind: 'compatible' },
  },
  {
    name: 'a request type changed',
    change: (d) => {
      objectAt(modeParameter(d), 'schema').type = 'integer';
    },
    want: { rule: 'type-changed', kind: 'request-breaking' },
  },
  {
    name: 'null also accepted in a request (a 3.1 type array)',
    change: (d) => {
      propertyOf(d, 'CreateGroupRequest', 'subject').type = ['string', 'null'];
    },
    want: { rule: 'type-changed', kind: 'compatible' },
  },
  {
    name: 'a required property added to a request body',
    change: (d) => {
      const s = schemaOf(d, 'CreateGroupRequest');
      objectAt(s, 'properties').description = { type: 'string' };
      s.required = ['subject', 'description'];
    },
    want: { rule: 'required-property-added', kind: 'request-breaking' },
  },
  {
    name: 'an optional property added to an open request body',
    change: (d) => {
      objectAt(schemaOf(d, 'CreateGroupRequest'), 'properties').description = { type: 'string' };
    },
    want: { rule: 'optional-property-added', kind: 'compatible' },
  },
  {
    name: 'a request body closed to unlisted properties',
    change: (d) => {
      schemaOf(d, 'CreateGroupRequest').additionalProperties = false;
    },
    want: { rule: 'object-closed', kind: 'request-breaking' },
  },
  {
    name: 'a request body made required',
    change: (d) => {
      objectAt(d, 'paths', CREATE, 'post', 'requestBody').required = true;
    },
    want: { rule: 'request-body-became-required', kind: 'request-breaking' },
  },
  {
    name: 'a request media type removed',
    change: (d) => {
      const content = objectAt(d, 'paths', CREATE, 'post', 'requestBody', 'content');
      content['application/x-www-form-urlencoded'] = content['application/json'];
      delete content['application/json'];
    },
    want: { rule: 'media-type-removed', kind: 'request-breaking' },
  },
  {
    name: 'a changed default that old clients rely on by omitting the value',
    before: (d) => {
      objectAt(modeParameter(d), 'schema').default = 'soft';
    },
    change: (d) => {
      objectAt(modeParameter(d), 'schema').default = 'hard';
    },
    want: { rule: 'default-changed', kind: 'request-breaking' },
  },
  {
    name: 'a removed operation',
    change: (d) => {
      delete objectAt(d, 'paths', LEAVE).delete;
    },
    want: { rule: 'operation-removed', kind: 'request-breaking' },
  },
  {
    name: 'an added operation',
    change: (d) => {
      objectAt(d, 'paths', LEAVE).get = {
        operationId: 'getGroup',
        responses: { '200': { description: 'ok' } },
      };
    },
    want: { rule: 'operation-added', kind: 'compatible' },
  },
  {
    name: 'a renamed operationId (generated clients rename their method)',
    change: (d) => {
      leaveOperation(d).operationId = 'leave';
    },
    want: { rule: 'operation-id-changed', kind: 'request-breaking' },
  },
  {
    name: 'one way to authenticate dropped',
    change: (d) => {
      leaveOperation(d).security = [{ TokenInstance: [] }];
    },
    want: { rule: 'security-narrowed', kind: 'request-breaking' },
  },
  {
    name: 'a way to authenticate added',
    change: (d) => {
      objectAt(d, 'components', 'securitySchemes').Bearer = { type: 'http', scheme: 'bearer' };
      leaveOperation(d).security = [{ TokenAccount: [] }, { TokenInstance: [] }, { Bearer: [] }];
    },
    want: { rule: 'security-widened', kind: 'compatible' },
  },
  {
    name: 'the header of a security scheme renamed',
    change: (d) => {
      objectAt(d, 'components', 'securitySchemes', 'TokenAccount').name = 'x-token';
    },
    want: { rule: 'security-scheme-changed', kind: 'request-breaking' },
  },
  {
    name: 'a server URL removed',
    change: (d) => {
      d.servers = [{ url: 'https://api.ryzeapi.cloud' }];
    },
    want: { rule: 'server-removed', kind: 'request-breaking' },
  },
];

const responseCases: Case[] = [
  {
    name: 'a removed response property',
    change: (d) => {
      const s = schemaOf(d, 'LeaveGroupResponse');
      delete objectAt(s, 'properties').message;
      s.required = ['success', 'groupJid'];
    },
    want: { rule: 'property-removed', kind: 'response-breaking' },
  },
  {
    name: 'a required property added to a closed response object',
    change: (d) => {
      const s = schemaOf(d, 'LeaveGroupResponse');
      objectAt(s, 'properties').leftAt = { type: 'integer' };
      s.required = ['success', 'message', 'groupJid', 'leftAt'];
    },
    want: { rule: 'required-property-added', kind: 'response-breaking' },
  },
  {
    name: 'an optional property added to a closed response object',
    change: (d) => {
      objectAt(schemaOf(d, 'LeaveGroupResponse'), 'properties').leftAt = { type: 'integer' };
    },
    want: { rule: 'optional-property-added', kind: 'response-breaking' },
  },
  {
    name: 'a required property added to an open response object',
    change: (d) => {
      const s = schemaOf(d, 'OpenGroupSummary');
      objectAt(s, 'properties').createdAt = { type: 'integer' };
      s.required = ['groupJid', 'createdAt'];
    },
    want: { rule: 'required-property-added', kind: 'compatible' },
  },
  {
    name: 'a response object opened to unlisted properties',
    change: (d) => {
      delete schemaOf(d, 'LeaveGroupResponse').additionalProperties;
    },
    want: { rule: 'object-opened', kind: 'response-breaking' },
  },
  {
    name: 'a response property type changed',
    change: (d) => {
      propertyOf(d, 'LeaveGroupResponse', 'message').type = 'integer';
    },
    want: { rule: 'type-changed', kind: 'response-breaking' },
  },
  {
    name: 'a response property that may now be null (a 3.1 type array)',
    change: (d) => {
      propertyOf(d, 'LeaveGroupResponse', 'message').type = ['string', 'null'];
    },
    want: { rule: 'type-changed', kind: 'response-breaking' },
  },
  {
    name: 'a response property that can no longer be null',
    before: (d) => {
      propertyOf(d, 'LeaveGroupResponse', 'message').type = ['string', 'null'];
    },
    change: (d) => {
      propertyOf(d, 'LeaveGroupResponse', 'message').type = 'string';
    },
    want: { rule: 'type-changed', kind: 'compatible' },
  },
  {
    name: 'a response const widened to an enum',
    change: (d) => {
      const success = propertyOf(d, 'LeaveGroupResponse', 'success');
      delete success.const;
      success.enum = [true, false];
    },
    want: { rule: 'enum-widened', kind: 'response-breaking' },
  },
  {
    name: 'a response enum narrowed',
    before: (d) => {
      propertyOf(d, 'LeaveGroupResponse', 'message').enum = ['Left', 'Already left'];
    },
    change: (d) => {
      propertyOf(d, 'LeaveGroupResponse', 'message').enum = ['Left'];
    },
    want: { rule: 'enum-narrowed', kind: 'compatible' },
  },
  {
    name: 'a response property made optional',
    change: (d) => {
      schemaOf(d, 'LeaveGroupResponse').required = ['success', 'groupJid'];
    },
    want: { rule: 'property-became-optional', kind: 'response-breaking' },
  },
  {
    name: 'an optional response property made required',
    change: (d) => {
      schemaOf(d, 'OpenGroupSummary').required = ['groupJid', 'subject'];
    },
    want: { rule: 'property-became-required', kind: 'compatible' },
  },
  {
    name: 'a response maxLength raised (old clients validating the length refuse longer values)',
    change: (d) => {
      schemaOf(d, 'GroupJid').maxLength = 128;
    },
    want: { rule: 'limit-changed', kind: 'response-breaking' },
  },
  {
    name: 'a removed response status',
    change: (d) => {
      delete leaveResponses(d)['404'];
    },
    want: { rule: 'response-status-removed', kind: 'response-breaking' },
  },
  {
    name: 'an added error status',
    change: (d) => {
      leaveResponses(d)['409'] = structuredClone(leaveResponses(d)['404']);
    },
    want: { rule: 'response-status-added', kind: 'compatible' },
  },
  {
    name: 'an added success status',
    change: (d) => {
      leaveResponses(d)['202'] = { description: 'Accepted.' };
    },
    want: { rule: 'success-status-added', kind: 'response-breaking' },
  },
  {
    name: 'a removed response header',
    change: (d) => {
      objectAt(leaveResponses(d), '200').headers = {};
    },
    want: { rule: 'response-header-removed', kind: 'response-breaking' },
  },
  {
    name: 'a response header made optional',
    change: (d) => {
      objectAt(d, 'components', 'headers', 'X-RateLimit-Reset').required = false;
    },
    want: { rule: 'response-header-became-optional', kind: 'response-breaking' },
  },
  {
    name: 'a response header type changed',
    change: (d) => {
      objectAt(d, 'components', 'headers', 'X-RateLimit-Reset', 'schema').type = 'string';
    },
    want: { rule: 'type-changed', kind: 'response-breaking' },
  },
  {
    name: 'an added response header',
    change: (d) => {
      objectAt(leaveResponses(d), '200', 'headers')['X-Request-Id'] = {
        schema: { type: 'string' },
      };
    },
    want: { rule: 'response-header-added', kind: 'compatible' },
  },
  {
    name: 'a removed response media type',
    change: (d) => {
      const content = objectAt(leaveResponses(d), '200', 'content');
      content['text/plain'] = { schema: { type: 'string' } };
      delete content['application/json'];
    },
    want: { rule: 'media-type-removed', kind: 'response-breaking' },
  },
];

const otherCases: Case[] = [
  {
    name: 'a description edited',
    change: (d) => {
      propertyOf(d, 'LeaveGroupResponse', 'message').description = 'A confirmation for humans.';
      leaveOperation(d).summary = 'Leave a group';
    },
    want: { rule: 'documentation-changed', kind: 'compatible' },
  },
  {
    name: 'a path parameter renamed (the URL is the same)',
    change: (d) => {
      const paths = objectAt(d, 'paths');
      for (const path of [LEAVE, CREATE]) {
        paths[path.replace('{instance}', '{name}')] = paths[path];
        delete paths[path];
      }
      objectAt(d, 'components', 'parameters', 'InstanceName').name = 'name';
    },
    want: { rule: 'documentation-changed', kind: 'compatible' },
  },
  {
    name: 'a keyword the gate does not analyse (assumed breaking)',
    change: (d) => {
      schemaOf(d, 'CreateGroupRequest').patternProperties = { '^x-': { type: 'string' } };
    },
    want: { rule: 'keyword-changed', kind: 'request-breaking' },
  },
];

describe('diffSpecs classifies each change', () => {
  it.each([...requestCases, ...responseCases, ...otherCases])(
    '$name: $want.kind ($want.rule)',
    (c) => {
      const changes = diff(c);
      expect(changes).toContainEqual(expect.objectContaining(c.want));
      // A case that must pass has no breaking change at all; one that must fail has one.
      expect(changes.some(isBreaking)).toBe(c.want.kind !== 'compatible');
    },
  );

  it('finds nothing between a document and its copy', () => {
    expect(diff({ change: () => {} })).toEqual([]);
  });

  it('covers every rule with a case that must fail or one that must pass', () => {
    const rules = new Set(
      [...requestCases, ...responseCases, ...otherCases].map((c) => c.want.rule),
    );
    expect(rules.size).toBeGreaterThanOrEqual(35);
  });

  it('names where each change is, down to the property', () => {
    const changes = diff(responseCases[0] as Case);
    expect(changes).toEqual([
      {
        kind: 'response-breaking',
        rule: 'property-removed',
        where: `DELETE ${LEAVE} › response 200 › application/json.message`,
        detail: 'property "message" removed',
      },
    ]);
  });

  it('follows recursive schemas without looping', () => {
    const recursive = (d: JsonObject) => {
      objectAt(d, 'components', 'schemas').Node = {
        type: 'object',
        properties: { child: { $ref: '#/components/schemas/Node' }, name: { type: 'string' } },
      };
      objectAt(schemaOf(d, 'OpenGroupSummary'), 'properties').tree = {
        $ref: '#/components/schemas/Node',
      };
    };
    const changes = diff({
      before: recursive,
      change: (d) => {
        propertyOf(d, 'Node', 'name').type = 'integer';
      },
    });
    expect(changes).toContainEqual(
      expect.objectContaining({ rule: 'type-changed', kind: 'response-breaking' }),
    );
  });

  it('refuses a $ref to another file, which a bundled document never has', () => {
    expect(() =>
      diff({
        change: (d) => {
          objectAt(d, 'components', 'schemas').GroupJid = { $ref: 'schemas/GroupJid.yaml' };
        },
      }),
    ).toThrow(/points outside the document.*spec\/dist\/openapi.json/);
  });
});
