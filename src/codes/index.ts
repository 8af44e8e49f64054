import { cpt27075 } from './cpt-27075.ts';
import { cpt27076 } from './cpt-27076.ts';
import { cpt27077 } from './cpt-27077.ts';
import { cpt27290 } from './cpt-27290.ts';
import { cpt27295 } from './cpt-27295.ts';
import { cpt27329 } from './cpt-27329.ts';
import { cpt27355 } from './cpt-27355.ts';
import { cpt27356 } from './cpt-27356.ts';
import { cpt27357 } from './cpt-27357.ts';
import { cpt27364 } from './cpt-27364.ts';
import { cpt27365 } from './cpt-27365.ts';
import { cpt27590 } from './cpt-27590.ts';
import { cpt27591 } from './cpt-27591.ts';
import { cpt27592 } from './cpt-27592.ts';
import { cpt27594 } from './cpt-27594.ts';
import { cpt27596 } from './cpt-27596.ts';
import { cpt27598 } from './cpt-27598.ts';
import type { CodeDefinition } from './types.ts';

export * from './elements.ts';
export * from './features.ts';
export type * from './types.ts';
export { defineCode, SIDE_REQUIREMENT } from './types.ts';

/** The registry: every code the product knows, sorted by code. */
export const codes: readonly CodeDefinition[] = Object.freeze(
  [
    cpt27290,
    cpt27295,
    cpt27075,
    cpt27076,
    cpt27077,
    cpt27590,
    cpt27591,
    cpt27592,
    cpt27594,
    cpt27596,
    cpt27598,
    cpt27329,
    cpt27364,
    cpt27355,
    cpt27356,
    cpt27357,
    cpt27365,
  ].sort((a, b) => a.code.localeCompare(b.code)),
);

const byCode = new Map<string, CodeDefinition>();
for (const def of codes) {
  if (byCode.has(def.code)) throw new Error(`codes registry: duplicate code ${def.code}`);
  byCode.set(def.code, def);
}

export function findCode(code: string): CodeDefinition | undefined {
  return byCode.get(code.trim());
}

export const codeNumbers: readonly string[] = Object.freeze(codes.map((c) => c.code));

/** Codes with a full documentation page (schemas, prompts, templates). */
export const documentedCodes: readonly CodeDefinition[] = Object.freeze(codes.filter((c) => c.documented));
