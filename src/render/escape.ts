/**
 * Escapes text for Markdown output: HTML-significant characters become entities and Markdown
 * punctuation is backslash-escaped, so transcript text can neither inject markup nor links.
 * (Handlebars never evaluates data as template code, so `{{` in a transcript stays text.)
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}#|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/**
 * Turns text escaped by `escapeMarkdown` into XHTML text content: the backslash escapes are undone and
 * the HTML entities (`&amp;`, `&lt;`, `&gt;`) kept, which is what XHTML needs. So a view model built
 * for the Markdown drafts also feeds an XHTML narrative (FHIR) without a second escaping path.
 */
export const markdownEscapedToXhtml = (escaped: string): string =>
  escaped.replace(/\\([\\`*_[\]{}#|~])/g, '$1');
