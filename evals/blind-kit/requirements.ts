// Prints the documentation elements each code requires, from the code knowledge, as Markdown for
// blind authors (they see no source). Run: node_modules/.bin/node evals/blind-kit/requirements.ts
import { codes } from '../../src/codes/index.ts';
import { elements } from '../../src/codes/elements.ts';

const lines = [
  '# Required documentation elements per code (generated from the code knowledge)',
  '',
  'The element ids are the keys to use in expected.json `findings` as `doc.missing:<element>` and in `facts`.',
  '',
];
for (const c of codes) {
  lines.push(`## ${c.code}${c.documented ? '' : ' (neighbour, no element checks)'}`, c.descriptor);
  for (const r of c.requirements) {
    const label = elements[r.element]?.label;
    lines.push(`- \`${r.element}\`${label ? ` (${label})` : ''}: required ${JSON.stringify(r.requiredWhen)}. ${r.basis}`);
  }
  lines.push('');
}
console.log(lines.join('\n'));
