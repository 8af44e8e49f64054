import type { CodeDefinition } from '../codes/types.ts';
import { type NamePlace, procedureNamePlaces } from '../extract/labels.ts';
import type { Span } from '../nlp/types.ts';

/**
 * Name transforms of the metamorphic name eval: each deletes the procedure names the product reads
 * (src/extract/labels.ts `procedureNamePlaces`: the title lines' "PROCEDURE: Left hemipelvectomy", the
 * names in the description, the lead of a publication), leaving the described anatomy. A case whose
 * decision does not rest on a name must keep its code; no case may turn into another code outside
 * coder review. The transforms know no note's wording: they delete what the label scan finds.
 */

/** A name transform: what it does and which of the places the product reads a name it deletes. */
export interface NameTransformDefinition {
  /** One line, for the summary. */
  description: string;
  /** Whether the transform deletes the name at this place. */
  deletes: (place: NamePlace) => boolean;
}

/**
 * What a deleted name becomes: a neutral noun, so that the sentence still parses ("PROCEDURE: Left
 * procedure", "she underwent a left procedure") and no name is left.
 */
export const NAME_REPLACEMENT = 'procedure';

/** Every name transform, by id: the one place to add one. */
export const nameTransforms = {
  'names-deleted': {
    description:
      'every procedure name the product reads (title lines, lead and body) replaced by "procedure"',
    deletes: () => true,
  },
  'title-names-deleted': {
    description: 'the procedure names of the title lines and the lead replaced by "procedure"',
    deletes: (p) => p.title,
  },
  'body-names-deleted': {
    description: 'the procedure names of the body (not the title lines nor the lead) replaced by "procedure"',
    deletes: (p) => !p.title,
  },
} as const satisfies Record<string, NameTransformDefinition>;

export type NameTransformId = keyof typeof nameTransforms;

/** The transform ids, in registry order (derived from the registry). */
export const nameTransformIds = Object.keys(nameTransforms) as NameTransformId[];

/** A text with names deleted, and the places deleted (offsets into the original text). */
export interface NamesDeleted {
  text: string;
  deleted: Span[];
}

/** Applies one name transform: pure and deterministic. */
export function deleteNames(
  text: string,
  codes: readonly CodeDefinition[],
  id: NameTransformId,
): NamesDeleted {
  const transform: NameTransformDefinition = nameTransforms[id];
  const deleted = procedureNamePlaces(text, codes)
    .filter((p) => transform.deletes(p))
    .map(({ start, end }) => ({ start, end }));
  let out = '';
  let from = 0;
  for (const d of deleted) {
    out += text.slice(from, d.start) + NAME_REPLACEMENT;
    from = d.end;
  }
  return { text: out + text.slice(from), deleted };
}
