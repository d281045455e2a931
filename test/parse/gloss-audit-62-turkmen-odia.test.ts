import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 62's audit of the Turkmen and Odia glossaries (docs/parser.md "Turkmen and Odia", "Audit (session 62)"): pages written
 * for the audit, with real IRCC figures, each the shape of a problem the audit found.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Turkmen audit (gloss-turkmen.ts)', () => {
  it('a short channel post and a short note are still Turkmen', () => {
    const post = ['🇨🇦 Express Entry #437', '📅 19.08.2026', '🇫🇷 Fransuz dili', '✉️ 5 000 çakylyk', '📉 Iň pes bal: 382'].join('\n');
    expect(facts(post, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, null]]);
    const note = 'Şu gün IRCC PNP boýunça tapgyr geçirdi. Tapgyr belgisi 435. Jemi 442 çakylyk iberildi, iň pes bal 760 boldy.';
    expect(facts(note, '2026-08-17')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });

  it('"Tapgyryň belgisi: №435" is the round\'s number', () => {
    const page = [
      'PNP tapgyry: 442 çakylyk',
      'Öňňin (17.08.2026) IRCC welaýat dalaşgärlik maksatnamasy (PNP) boýunça tapgyr geçirdi.',
      'Jemi 442 dalaşgär çakylyk aldy. Iň pes bal 760.',
      'Tapgyryň belgisi: №435.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });

  it('"1 000-e çenli" (up to 1,000) is no count', () => {
    const page = 'Şu gün IRCC CEC boýunça tapgyr geçirdi: 1 000-e çenli dalaşgäre çakylyk iberildi. Iň pes bal 523 boldy.';
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', null, 'cec', null, 523, null]]);
  });

  it('"Anna, 7-nji awgust 2026" (Friday) is the day; "ulag hünärleri" the transport occupations', () => {
    const page = [
      'Anna, 7-nji awgust 2026: IRCC ulag hünärleri boýunça 434-nji tapgyry geçirdi.',
      '300 dalaşgäre çakylyk iberildi, iň pes bal 470 boldy.',
      'Deň bal düzgüni: 11.10.2025, 14:55:49 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([['2026-08-07', '434', 'transport', 300, 470, '2025-10-11']]);
  });
});

describe('Odia audit (gloss-odia.ts)', () => {
  it('"ସାପ୍ତାହିକ ସାରାଂଶ" is a weekly summary (its rounds, as in English), not a monthly recap', () => {
    const page = [
      'ସାପ୍ତାହିକ ସାରାଂଶ: ଏକ୍ସପ୍ରେସ ଏଣ୍ଟ୍ରି',
      'ଏହି ସପ୍ତାହରେ IRCC ତିନୋଟି ଡ୍ର କରିଛି।',
      '20 ଜୁଲାଇ, ସୋମବାର: PNP, 511 ନିମନ୍ତ୍ରଣ, ସର୍ବନିମ୍ନ ସ୍କୋର 744।',
      '21 ଜୁଲାଇ, ମଙ୍ଗଳବାର: CEC, 2,000 ନିମନ୍ତ୍ରଣ, ସର୍ବନିମ୍ନ ସ୍କୋର 516।',
      '22 ଜୁଲାଇ, ବୁଧବାର: ଫରାସୀ ଭାଷା, 5,000 ନିମନ୍ତ୍ରଣ, ସର୍ବନିମ୍ନ ସ୍କୋର 399।',
    ].join('\n');
    expect(glossForeign(page)).toContain('Weekly summary');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744, null],
      ['2026-07-21', null, 'cec', 2000, 516, null],
      ['2026-07-22', null, 'french', 5000, 399, null],
    ]);
  });

  it('a year in review ("ବର୍ଷର ସମୀକ୍ଷା") announces nothing', () => {
    const page = ['2025 ବର୍ଷର ସମୀକ୍ଷା: ଏକ୍ସପ୍ରେସ ଏଣ୍ଟ୍ରି', '2025ରେ IRCC 80ରୁ ଅଧିକ ଡ୍ର କରିଥିଲା। ସବୁଠୁ ବଡ଼ ଡ୍ର 11 ଡିସେମ୍ବରରେ ହୋଇଥିଲା: 6,000 ନିମନ୍ତ୍ରଣ, ସର୍ବନିମ୍ନ ସ୍କୋର 399।'].join('\n');
    expect(facts(page, '2026-01-02')).toEqual([]);
  });

  it('"1,000 ପର୍ଯ୍ୟନ୍ତ" (up to 1,000) is no count', () => {
    const page = 'ଆଜି IRCC CEC ପାଇଁ ଡ୍ର କରିଛି: 1,000 ପର୍ଯ୍ୟନ୍ତ ପ୍ରାର୍ଥୀଙ୍କୁ ନିମନ୍ତ୍ରଣ ପଠାଯାଇଛି। ସର୍ବନିମ୍ନ ସ୍କୋର 523।';
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', null, 'cec', null, 523, null]]);
  });

  it('"500ରୁ ଅଧିକ" (more than 500) and "ସବୁଠୁ ବଡ଼" (the biggest) keep their figures as hedges', () => {
    expect(glossForeign('ଆଜି CEC ଡ୍ରରେ 500ରୁ ଅଧିକ ନିମନ୍ତ୍ରଣ ପଠାଯାଇଛି। ସର୍ବନିମ୍ନ ସ୍କୋର 516।')).toContain('more than 500 invitations');
    expect(glossForeign('2025ରେ IRCC 80ରୁ ଅଧିକ ଡ୍ର କରିଥିଲା। ସବୁଠୁ ବଡ଼ ଡ୍ର 11 ଡିସେମ୍ବରରେ ହୋଇଥିଲା।')).toContain('the biggest draw');
  });

  it('"ଗତ ପରଶୁ" is the day before yesterday, not an earlier draw', () => {
    const page = 'ଗତ ପରଶୁ, 17 ଅଗଷ୍ଟରେ PNP ପାଇଁ 442 ନିମନ୍ତ୍ରଣ ପଠାଯାଇଛି। ସର୍ବନିମ୍ନ ସ୍କୋର 760।';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
  });
});
