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
