import { describe, expect, it } from 'vitest';
import { ask, reply } from './context.ts';

describe('/history', () => {
  it('lists the last 10 draws of every program by default, newest first, one line each', async () => {
    const r = await reply('/history');
    expect(r.title).toBe('Last 10 draws: all programs');
    const lines = r.text!.split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('#437 · Aug 19, 2026 · French · CRS 382 · 5,000 invitations');
    expect(lines[9]).toBe('#428 · Jul 21, 2026 · CEC · CRS 516 · 2,000 invitations');
  });

  it('leaves the program out of lines about one program', async () => {
    const r = await reply('/history cec 5');
    expect(r.title).toBe('Last 5 draws: Canadian Experience Class');
    expect(r.text!.split('\n')[0]).toBe('#436 · Aug 18, 2026 · CRS 523 · 1,000 invitations');
    expect(r.buttons).toEqual([{ label: 'Chart', command: '/chart cec' }]);
    expect(r.colour).toBe('#d32f2f');
  });

  it('takes at most 50 and says when fewer are stored', async () => {
    expect((await reply('/history 50')).text!.split('\n')).toHaveLength(50);
    const text = await ask('/history physicians 50');
    expect(text).toMatch(/^Last 2 draws: Physicians/);
    expect(text).toMatch(/Only 2 draws are stored\./);
    expect(await ask('/history military 5')).toMatch(/Only 1 draw is stored\./);
  });

  it('reminds that PNP cutoffs include the nomination points', async () => {
    expect((await reply('/history pnp 3')).footer).toMatch(/600 points/);
  });

  it('answers in French', async () => {
    const r = await reply('/history cec 2', 'fr');
    expect(r.title).toBe("Les 2 dernières rondes : Catégorie de l'expérience canadienne");
    expect(r.text).toMatch(/^#436 · 18 août 2026 · SCG 523 · 1\s000 invitations$/m);
  });
});
