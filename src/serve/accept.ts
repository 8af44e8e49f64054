/** Media type of FHIR JSON. */
export const FHIR_JSON = 'application/fhir+json';

interface MediaRange {
  type: string;
  q: number;
  order: number;
}

function parseAccept(header: string): MediaRange[] {
  return header.split(',').flatMap((part, order) => {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!type) return [];
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    return Number.isFinite(q) ? [{ type, q, order }] : [];
  });
}

/**
 * Whether the client prefers a FHIR bundle over plain JSON: `application/fhir+json` has the highest
 * quality among the ranges that match either, ties going to the range listed first. Default: JSON.
 */
export function prefersFhir(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranked = parseAccept(accept)
    .filter((r) => r.q > 0 && [FHIR_JSON, 'application/json', 'application/*', '*/*'].includes(r.type))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked[0]?.type === FHIR_JSON;
}
