import { describe, expect, it } from 'vitest';
import { shouldAlert } from '../../src/alerts/should-alert.ts';
import type { Draw, DrawEvent } from '../../src/domain/draw.ts';
import { cecDraw } from '../helpers/draws.ts';

const NOW = new Date('2026-11-20T18:00:00Z');
const draw: Draw = cecDraw();

const event = (fields: Partial<Draw>): DrawEvent => ({ kind: 'new', draw: { ...draw, ...fields }, previous: null, changed: [] });

describe('shouldAlert', () => {
  it('alerts a recent draw with figures a round can have', () => {
    expect(shouldAlert(event({}), NOW)).toBe(true);
    expect(shouldAlert(event({ date: '2026-11-13' }), NOW)).toBe(true);
  });

  it.each([
    ['an old draw', { date: '2026-11-12' }],
    ['a draw dated beyond tomorrow', { date: '2026-11-22' }],
    ['a cut-off of 0', { minCrs: 0 }],
    ['no invitations', { invitations: 0 }],
    ['absurd invitations', { invitations: 250_000 }],
  ])('never alerts %s', (_what, fields) => {
    expect(shouldAlert(event(fields), NOW)).toBe(false);
  });
});
