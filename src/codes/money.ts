// One formatter: toLocaleString with options builds a new one on every call.
const dollars = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** US dollars as every output shows them: `$3,342.87` (one money format for drafts, CLI and service text). */
export const formatUsd = (n: number): string => `$${dollars.format(n)}`;
