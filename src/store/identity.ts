import { codes as builtInCodes } from '../codes/index.ts';
import type { CodeDefinition } from '../codes/types.ts';
import type { Extractor } from '../extract/types.ts';
import { knowledgeVersion } from '../pipeline/process.ts';
import { OPNOTE_VERSION } from '../version.ts';
import type { StoreIdentity } from './types.ts';

/** The pipeline identity of an extractor, as `opnote batch` computes it: opnote, knowledge and extractor versions. */
export function identityOf(
  extractor: Pick<Extractor, 'name' | 'versions'>,
  options: { model?: string | undefined; codes?: readonly CodeDefinition[] } = {},
): StoreIdentity {
  return {
    extractor: extractor.name,
    model: options.model,
    versions: {
      opnote: OPNOTE_VERSION,
      knowledge: knowledgeVersion(options.codes ?? builtInCodes),
      ...(extractor.versions ?? {}),
    },
  };
}
