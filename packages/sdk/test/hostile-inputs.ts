const JID = '120363406289005073@g.us';
const CODE = 'Fh3t6gXkPz1B7nY2JqL0Ao';
const LINK = `https://chat.whatsapp.com/${CODE}`;

/** Inputs that must be refused before any request, each with why. */
export const HOSTILE_IDENTIFIERS: [string, unknown][] = [
  ['empty', ''],
  ['whitespace only', ' \t\r\n '],
  ['a look-alike host', `https://chat.whatsapp.com.evil.example/${CODE}`],
  ['the host inside the path', `https://evil.example/chat.whatsapp.com/${CODE}`],
  ['credentials before the host', `https://user:pass@chat.whatsapp.com/${CODE}`],
  ['a port', `https://chat.whatsapp.com:8443/${CODE}`],
  ['another scheme', `ftp://chat.whatsapp.com/${CODE}`],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['a link without a code', 'https://chat.whatsapp.com/'],
  ['a link with extra path segments', `https://chat.whatsapp.com/${CODE}/../../api/instance`],
  ['a link with a space in its suffix', `${LINK}?mode=a b`],
  ['a percent-encoded link', encodeURIComponent(LINK)],
  ['a CRLF header injection', `${JID}\r\nX-Injected: 1`],
  ['a query-string injection', 'ABC123XYZ&identifier=120363406289005073@g.us'],
  ['a path traversal', `../${JID}`],
  ['a user JID, not a group', '5511999999999@s.whatsapp.net'],
  ['a JID with a suffix after @g.us', `${JID}.evil`],
  ['a JID over 64 characters', `${'1'.repeat(60)}@g.us`],
  ['a code over 64 characters', 'a'.repeat(65)],
  ['a code with a space', 'ABC 123'],
  ['a code with punctuation', 'ABC-123_XYZ'],
  ['Cyrillic look-alike letters', 'АВС123'],
  ['full-width digits', '１２０３６３@g.us'],
  ['a zero-width space', 'ABC123XYZ\u200b'],
  ['a NUL byte', 'ABC\u0000123'],
  ['a 100 000-character string', `${'x'.repeat(99_999)}!`],
  ['undefined (from JavaScript)', undefined],
  ['null (from JavaScript)', null],
  ['a number (from JavaScript)', 120363406],
  ['an object (from JavaScript)', { identifier: JID }],
];

/** Instance names that must never produce a request, each with why. */
export const HOSTILE_INSTANCES: [string, unknown][] = [
  ['empty', ''],
  ['blank', '   '],
  ['"." (the current directory)', '.'],
  ['".." (the parent directory)', '..'],
  ['a slash', 'a/b'],
  ['a leading slash', '/my-instance'],
  ['a trailing slash', 'my-instance/'],
  ['a traversal', '../../api/instance/delete'],
  ['a lone slash', '/'],
  ['a backslash', 'a\\b'],
  ['a backslash traversal', '..\\..'],
  ['a lone surrogate (not encodable)', 'a\uD800b'],
  ['undefined (from JavaScript)', undefined],
  ['a number (from JavaScript)', 42],
];
