/** Shared shapes of the clinical NLP layer: spans, sentences and section kinds. */

/** A half-open character range into the transcript. */
export interface Span {
  start: number;
  end: number;
}

export type SectionKind =
  | 'title'
  /** A publication's title line ("Hip disarticulation for …: a case report"): it names, never describes. */
  | 'heading'
  /**
   * An article's index line ("Keywords:", "Key words:", "MeSH terms:"): a list of names, not a statement
   * of the operation; nothing in it is read as done or named.
   */
  | 'keywords'
  | 'diagnosis'
  | 'indications'
  | 'description'
  | 'findings'
  | 'team'
  | 'anesthesia'
  | 'specimen'
  | 'plan'
  | 'addendum'
  | 'other'
  | 'body';

export interface Sentence extends Span {
  section: SectionKind;
}
