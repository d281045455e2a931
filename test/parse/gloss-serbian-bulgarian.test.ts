import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isBulgarian } from '../../src/parse/text/gloss-bulgarian.ts';
import { isSerbianCyrillic, isSerbianLatin } from '../../src/parse/text/gloss-serbian.ts';

/**
 * Serbian, Croatian and Bulgarian draw news (src/parse/text/gloss-serbian.ts, gloss-bulgarian.ts; docs/parser.md "Serbian,
 * Croatian and Bulgarian"): glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a
 * recap, a province's round) is glossed and still announces nothing; an English page quoting the languages is not glossed.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Serbian and Croatian', () => {
  it('a Serbian news item: "u utorak, 9. septembra", "runda broj 361", "Pozvano je 2.500 kandidata" and the tie-break', () => {
    const page = [
      'Express Entry: runda broj 361 za CEC',
      'Kanadska vlada održala je u utorak, 9. septembra, 361. rundu Express Entry sistema samo za CEC. Pozvano je 2.500 kandidata, a minimalni CRS rezultat iznosio je 534.',
      'Pravilo izjednačenja: 14.08.2025. u 10:11:12 UTC.',
      'Sledeća runda očekuje se za dve nedelje.',
    ].join('\n');
    expect(facts(page, '2025-09-10')).toEqual([['2025-09-09', '361', 'cec', 2500, 534, '2025-08-14']]);
  });

  it('a Croatian post: "Jučer", "2.000 poziva", "minimalno 428 bodova"', () => {
    const page = ['Hrvati u Kanadi', 'Jučer je održana nova runda za francuski jezik: 2.000 poziva, minimalno 428 bodova. Sretno svima koji čekaju!'].join('\n');
    expect(facts(page, '2025-03-07')).toEqual([['2025-03-06', null, 'french', 2000, 428, null]]);
  });

  it('Serbian in Cyrillic, read through its Latin spelling', () => {
    const page = [
      'Канада: нова рунда Express Entry',
      'Канадска влада одржала је у среду, 2. јула, 354. рунду Express Entry система за CEC. Позвано је 3.000 кандидата, а минимални CRS резултат износио је 518.',
      'Следећа рунда очекује се за две недеље.',
    ].join('\n');
    expect(isSerbianCyrillic(page)).toBe(true);
    expect(facts(page, '2025-07-03')).toEqual([['2025-07-02', '354', 'cec', 3000, 518, null]]);
  });

  it("a guide, a week without a round and a province's round are glossed and announce nothing; an English page is left", () => {
    const english = [
      'Express Entry draw #361: 2,500 CEC candidates invited',
      'Serbian sites call a round "runda" and an invitation "poziv"; Bulgarian ones write "тираж" and "покани".',
      'IRCC invited 2,500 candidates on September 9, 2025 with a minimum CRS score of 534.',
    ].join('\n');
    // An English page quoting a few words of the languages is not glossed.
    expect(isSerbianLatin(english) || isBulgarian(english)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    const guide = [
      'Kako funkcioniše Express Entry? Vodič za početnike',
      'Express Entry je sistem kojim Kanada bira kandidate za stalni boravak. Runde se održavaju otprilike svake dve nedelje; na primer, 5. juna 2024. pozvano je 3.000 kandidata sa najmanje 524 bodova.',
      'Koliko bodova vam treba? To zavisi od programa.',
    ].join('\n');
    const quiet = ['Express Entry: ni ovaj tjedan nema nove runde', 'IRCC ni ovaj tjedan nije održao novu rundu pozivnica. Posljednja runda bila je 4. ožujka 2025. (725 poziva, 667 bodova).'].join(
      '\n',
    );
    const province = [
      'Ontario pozvao 1.200 kandidata',
      'Provincija Ontario održala je novi krug OINP-a s ukupno 1.200 pozivnica; prag je bio 466 bodova. To nije savezna runda Express Entry sustava.',
    ].join('\n');
    for (const [page, english] of [
      [guide, 'candidates were invited'],
      [quiet, 'did not hold'],
      [province, 'Province'],
    ] as const) {
      expect(glossForeign(page)).toContain(english);
      expect(facts(page, '2025-03-14')).toEqual([]);
    }
  });
});

describe('Bulgarian', () => {
  it('a news item: "В сряда (11/06/2025)", "тираж №352", "поканени са 500 кандидати" and the tie-break', () => {
    const page = [
      'Нов тираж в Express Entry за здравни професии',
      'В сряда (11/06/2025) IRCC проведе тираж №352 за здравни професии: поканени са 500 кандидати с минимум 504 точки.',
      'Тай-брейк: 02.06.2025 14:31:10 UTC.',
      'Следващият тираж се очаква след две седмици.',
    ].join('\n');
    expect(isBulgarian(page)).toBe(true);
    expect(facts(page, '2025-06-12')).toEqual([['2025-06-11', '352', 'healthcare', 500, 504, '2025-06-02']]);
  });

  it('a short post: "Днес", "2 500 покани", "праг 521 точки"', () => {
    const page = ['Българи в Канада', 'Днес имаше тираж само за CEC! 2 500 покани, праг 521 точки. Кой получи покана?'].join('\n');
    expect(facts(page, '2025-08-19')).toEqual([['2025-08-19', null, 'cec', 2500, 521, null]]);
  });

  it('a yearly recap and a guide are glossed and announce nothing; a Russian page is not Bulgarian', () => {
    // A Russian page is not read as Bulgarian.
    const russian = 'Вчера IRCC провёл новый отбор Express Entry: приглашения получили 3 000 кандидатов, минимальный балл составил 518. Это уже третий отбор в этом месяце, и эксперты ожидают ещё.';
    expect(isBulgarian(russian)).toBe(false);
    const recap = [
      '2024 година в Express Entry — равносметка',
      'През 2024 г. IRCC проведе 50 тиража и изпрати над 98 000 покани.',
      'Най-голям тираж: 7 500 покани (7 март 2024 г.), минимален CRS 382',
      'Най-висок праг: 816 точки (19 юни 2024 г.)',
    ].join('\n');
    const guide = [
      'Express Entry — пълно ръководство',
      'IRCC провежда тиражи приблизително на всеки две седмици. Например, на 27 август 2024 г. бяха поканени 3 300 кандидати с минимум 507 точки.',
      'Колко точки са ми нужни? Зависи от категорията.',
    ].join('\n');
    for (const [page, english] of [
      [recap, 'Year in review'],
      [guide, 'Guide'],
    ] as const) {
      expect(glossForeign(page)).toContain(english);
      expect(facts(page, '2025-01-05')).toEqual([]);
    }
  });
});
