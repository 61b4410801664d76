import type { ChangeKind, SpecChange } from './spec-change.ts';

const HEADINGS: Record<ChangeKind, string> = {
  'request-breaking': 'Breaking for requests (old clients send what is now refused or misread)',
  'response-breaking': 'Breaking for responses (the server may send what old clients refuse)',
  compatible: 'Compatible',
};

/** The changes grouped by kind, one line each, for people reading CI logs. */
export function formatChanges(changes: SpecChange[]): string {
  if (changes.length === 0) return 'No changes.';
  const sections: string[] = [];
  for (const kind of Object.keys(HEADINGS) as ChangeKind[]) {
    const ofKind = changes.filter((c) => c.kind === kind);
    if (ofKind.length === 0) continue;
    sections.push(
      [
        `${HEADINGS[kind]}: ${ofKind.length}`,
        ...ofKind.map((c) => `  - [${c.rule}] ${c.where}: ${c.detail}`),
      ].join('\n'),
    );
  }
  return sections.join('\n\n');
}
