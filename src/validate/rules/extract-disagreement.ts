import { disagreementFindings } from '../disagreement.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'extract.disagreement',
  severity: 'warning',
  route: 'coder-review',
  meaning:
    'with `--cross-check`, the two extractors disagree on an element or deciding feature (status, or a categorical or numeric value)',
  check: ({ crossCheck }) =>
    crossCheck ? disagreementFindings(crossCheck.primary, crossCheck.secondary, crossCheck.keys) : [],
});
