import { describe, expect, it } from 'vitest';
import type { StoredProcessing } from '../src/store/types.ts';
import { worklistColumns } from '../src/store/worklist.ts';

const result = (route?: { decision: string; reasons: unknown[] }) =>
  ({
    code: { claimed: '27290', supported: '27290' },
    findings: [],
    ...(route ? { route } : {}),
  }) as unknown as NonNullable<StoredProcessing['result']>;

describe('worklist columns', () => {
  it('a stored result without a route (written before routes existed) is coder-review, never ready', () => {
    expect(worklistColumns({ status: 'ok', result: result() }).route).toBe('coder-review');
  });
  it('a stored route is kept as it is', () => {
    expect(worklistColumns({ status: 'ok', result: result({ decision: 'ready', reasons: [] }) }).route).toBe(
      'ready',
    );
  });
});
