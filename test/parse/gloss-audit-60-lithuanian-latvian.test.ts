import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 60's audit of the Lithuanian and Latvian glossaries (src/parse/text/gloss-lithuanian.ts, gloss-latvian.ts; docs/parser.md
 * "Lithuanian and Latvian", "Audit (session 60)"): pages written for the audit, each with the draws it announces.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Lithuanian (audit 60)', () => {
  it('a weekday opening a line ("Antradienį, rugpjūčio 18 d.") dates the draw; "523 balus" are points', () => {
    const page = [
      'Express Entry: Kanados patirties klasės raundas Nr. 436',
      '2026 m. rugpjūčio 19 d. | Imigracijos naujienos',
      'Antradienį, rugpjūčio 18 d., IRCC surengė Kanados patirties klasės (CEC) raundą Nr. 436. Pakviesti 1 000 kandidatų, o mažiausias CRS balas siekė 523 balus.',
      'Lygių balų taisyklė: 2026 m. rugpjūčio 17 d., 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"Kvietimus gavo 442 kandidatai" (442 candidates received invitations)', () => {
    const page = [
      'Vakar (2026-08-17) Kanada surengė provincijų nominantų programos (PNP) kvietimų raundą. Kvietimus gavo 442 kandidatai, o minimalus CRS balas buvo 760 taškų.',
      'Lygių balų taisyklė: 2026-08-07 18:01:56 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, '2026-08-07']]);
  });

  it('an ordinal ending "-iasis" ("433-iasis Express Entry raundas") numbers the draw', () => {
    const page = 'Užvakar IRCC pakvietė 5 000 kandidatų, gerai mokančių prancūzų kalbą. Minimalus CRS balas – 391. Tai jau 433-iasis Express Entry raundas.';
    expect(facts(page, '2026-08-08')).toEqual([['2026-08-06', '433', 'french', 5000, 391, null]]);
  });

  it('a tie-break written "14 val. 01 min. 56 s (Otavos laiku)" keeps the cut-off', () => {
    const page = [
      'Pirmadienį, 2026-08-17, IRCC išsiuntė 442 kvietimus PNP kandidatams (raundas Nr. 435). Minimalus CRS balas – 760.',
      'Lygių balų taisyklė: 2026 m. rugpjūčio 7 d. 14 val. 01 min. 56 s (Otavos laiku).',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, '2026-08-07']]);
  });

  it('"rugpjūčio 7-ąją" (August 7) and "CRS balas ne mažesnis nei 470" (at least 470)', () => {
    const page = 'Penktadienį, rugpjūčio 7-ąją, IRCC surengė 434-ąjį Express Entry raundą transporto profesijoms. Kvietimus gavo 300 kandidatų, kurių CRS balas ne mažesnis nei 470.';
    expect(facts(page, '2026-08-08')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
  });

  it('a year\'s recap headed "2025 m. apžvalga" announces nothing', () => {
    const page = [
      '2025 m. apžvalga: Express Entry skaičiais',
      '2025 m. IRCC surengė 51 raundą ir išsiuntė daugiau nei 98 000 kvietimų. Žemiausias CRS balas buvo 379 (prancūzų kalbos raundas), o aukščiausias – 802 (PNP raundas).',
    ].join('\n');
    expect(facts(page, '2026-01-03')).toEqual([]);
  });
  it('"Paskutiniame raunde" (in the last draw): the earlier round\'s cut-off is not this one\'s', () => {
    const page = 'Vakar įvyko CEC raundas Nr. 432: 3 000 kvietimų. Paskutiniame raunde minimalus balas buvo 520, šį kartą – 516.';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', '432', 'cec', 3000, null, null]]);
  });
});

describe('Latvian (audit 60)', () => {
  it('a year\'s recap headed "2025. gada apskats" announces nothing', () => {
    const page = [
      '2025. gada apskats: Express Entry skaitļos',
      '2025. gadā IRCC rīkoja 51 raundu un izsūtīja vairāk nekā 98 000 uzaicinājumu. Zemākais CRS slieksnis bija 379 (franču valodas raunds), bet augstākais — 802 (PNP raunds).',
      'Kanādas pieredzes klases raundos vidējais slieksnis bija ap 530 punktiem.',
    ].join('\n');
    expect(facts(page, '2026-01-03')).toEqual([]);
  });

  it('an ordinal round ("434. Express Entry raundu") is the draw\'s number, not its cut-off; "nav mazāks par 470" is at least 470', () => {
    const page = 'Piektdien, 7. augustā, IRCC rīkoja 434. Express Entry raundu transporta profesijām. Uzaicinājumus saņēma 300 kandidātu, kuru CRS punktu skaits nav mazāks par 470.';
    expect(facts(page, '2026-08-08')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
    const french = 'Aizvakar IRCC uzaicināja 5 000 kandidātu ar labām franču valodas zināšanām. Minimālais CRS – 391. Tas bija jau 433. Express Entry raunds.';
    expect(facts(french, '2026-08-08')).toEqual([['2026-08-06', '433', 'french', 5000, 391, null]]);
  });

  it('a short channel post ("Šodien CEC raunds #436: 1 000 uzaicinājumu") is Latvian', () => {
    const page = '🇨🇦 Šodien CEC raunds #436: 1 000 uzaicinājumu, min. CRS 523. Veiksmi visiem! 🍀';
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
  });
  it('"iepriekšējā raundā" (in the previous draw): a question quoting it announces nothing, and a report takes not its cut-off', () => {
    const question = 'Jautājums forumā: vai šonedēļ būs CEC raunds? Man ir 505 punkti, bet iepriekšējā raundā minimālais CRS bija 516. Cik uzaicinājumu sagaidāt?';
    expect(facts(question, '2026-08-06')).toEqual([]);
    const report = 'Vakar notika CEC raunds nr. 432: 3 000 uzaicinājumu. Pēdējā raundā minimālais CRS bija 520, bet šoreiz minimālā CRS robeža ir 516.';
    expect(facts(report, '2026-08-06')).toEqual([['2026-08-05', '432', 'cec', 3000, null, null]]);
  });

  it('"līdz 442" (up to 442) is no count', () => {
    const page = 'Vakar IRCC uzaicināja līdz 442 PNP kandidātiem; minimālais CRS punktu skaits — 760.';
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', null, 760, null]]);
  });
});
