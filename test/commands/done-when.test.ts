import { describe, expect, it } from 'vitest';
import { ask, reply } from './context.ts';

/** The figures issue 7 lists under "Done when", through the dispatcher as `ask` runs it. */
describe('answers about cutoffs (issue 7)', () => {
  it('/latest shows round #437, French-language proficiency, 382', async () => {
    const text = await ask('/latest');
    expect(text).toMatch(/Round: #437/);
    expect(text).toMatch(/French-language proficiency/);
    expect(text).toMatch(/Minimum CRS: 382/);
  });

  it('/latest pnp shows #435 with 760', async () => {
    const text = await ask('/latest pnp');
    expect(text).toMatch(/Round: #435/);
    expect(text).toMatch(/Minimum CRS: 760/);
  });

  it('/latest healthcare shows #422 with 4,000 invitations and 475', async () => {
    const text = await ask('/latest healthcare');
    expect(text).toMatch(/Round: #422/);
    expect(text).toMatch(/Invitations: 4,000/);
    expect(text).toMatch(/Minimum CRS: 475/);
  });

  it('/latest physicians shows 223', async () => {
    expect(await ask('/latest physicians')).toMatch(/Minimum CRS: 223/);
  });

  it('takes the full name "Canadian Experience Class" as a program', async () => {
    expect(await ask('/latest Canadian Experience Class')).toMatch(/Round: #436/);
    expect(await ask('/history Canadian Experience Class 2')).toMatch(/#436 .*\n#432 /);
  });

  it('/history cec 5 lists 523, 516, 516, 517, 516', async () => {
    const text = await ask('/history cec 5');
    expect([...text.matchAll(/CRS (\d+)/g)].map((m) => Number(m[1]))).toEqual([523, 516, 516, 517, 516]);
  });

  it('/pool 500 says 19,096 candidates above 500 in the pool of August 16, 2026', async () => {
    const text = await ask('/pool 500');
    expect(text).toMatch(/19,096 candidates have a score above 500/);
    expect(text).toMatch(/pool of August 16, 2026/);
  });

  it('/pool gives the total 226,859', async () => {
    expect(await ask('/pool')).toMatch(/Total: 226,859/);
  });

  it('/chart cec answers with a PNG', async () => {
    const r = await reply('/chart cec');
    expect(r.image?.filename).toMatch(/\.png$/);
    expect(Buffer.from(r.image!.data.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  }, 20_000);

  it('/latest cec answers in French', async () => {
    const text = await ask('/latest cec', 'fr');
    expect(text).toMatch(/Dernière ronde : Catégorie de l'expérience canadienne/);
    expect(text).toMatch(/SCG minimal: 523/);
  });

  it.each([
    ['/history cec 0', /from 1 to 50 \(not "0"\)\. Example: \/history cec 5$/],
    ['/history cec 100000', /from 1 to 50 \(not "100000"\)/],
    ['/history 100 000', /from 1 to 50 \(not "100 000"\)/],
    ['/pool -5', /from 0 to 1,200 \(not "-5"\)\. Example: \/pool 480$/],
    ['/pool 5000', /from 0 to 1,200 \(not "5000"\)/],
    ['/stats astronauts', /"astronauts" is not a program I know.*Example: \/stats cec 1y$/],
    ['/stats cec 5x', /"5x" is not a period I know: use 3m, 6m, 1y, 2y, a year from 2015 to 2026, or all\. Example: \/stats cec 1y$/],
    ['/chart cec 1999', /"1999" is not a period I know/],
  ])('answers %s in one line with the accepted range and an example', async (line, expected) => {
    const r = await reply(line);
    expect(r.error).toBe(true);
    expect(r.text).not.toMatch(/\n/);
    expect(r.text).toMatch(expected);
  });

  it('says bad arguments in French too', async () => {
    expect((await reply('/pool 5000', 'fr')).text).toMatch(/^Un score SCG doit être un nombre entier de 0 à 1\s200 \(et non « 5000 »\)\. Exemple : \/pool 480$/);
  });
});
