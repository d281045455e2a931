import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';

/**
 * Audit of the Komi and Lezgian glossaries (session 69; docs/parser.md "Komi and Lezgian", "Audit (session 69)"): pages written
 * for the audit, with real IRCC figures (rounds 420–437), each read wrong on the commit the audit started from (326b6654).
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

describe('Komi', () => {
  it('two rounds in one post, "Тӧрыт … а талун" (yesterday … and today)', () => {
    const page =
      'Кык корӧм кык лунӧ! Тӧрыт IRCC нуӧдіс 435-ӧд корӧм Provincial Nominee Program серти (442 корӧм, медічӧт балл 760), а талун – 436-ӧд корӧм Canadian Experience Class серти: 1 000 корӧм, медічӧт балл 523.';
    expect(facts(page, '2026-08-18')).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760],
      ['2026-08-18', '436', 'cec', 1000, 523],
    ]);
  });

  it('"Кык лун сайын" (two days ago) is the day before yesterday', () => {
    const page = 'Кык лун сайын IRCC нуӧдіс 431-ӧд корӧм Provincial Nominee Program серти: 507 корӧм, медічӧт балл 768.';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-04', '431', 'pnp', 507, 768]]);
  });

  it('a short channel post of two kinds of its words is glossed', () => {
    expect(facts('⚡️ Express Entry #437: 5 000 корӧм, французскӧй кыв, CRS 382. Талун.', '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382]]);
  });

  it('a month\'s account opened by "Июль тӧлысьын" and a question about the next round announce nothing', () => {
    expectNothingAnnounced([
      [
        'Июль тӧлысьын IRCC нуӧдіс квайт корӧм да корис 16 426 морт. Медыджыд корӧм вӧлі июль 9 лунӧ (французскӧй кыв, 5 000 корӧм, медічӧт балл 420), медічӧт – июль 23 лунӧ (Skilled Military Recruits, 4 корӧм, балл 368).',
        '2026-08-01',
      ],
      ['Кор лоас мӧд корӧм? 437-ӧд корӧм бӧрын (5 000 корӧм, балл 382) виччысьӧны CEC корӧм локтан вежонӧ, 3 000 гӧгӧр корӧм.', '2026-08-20'],
    ]);
  });
});

describe('Lezgian', () => {
  it('two rounds in one post, "Гъинифиз … къени" (yesterday … and today)', () => {
    const page =
      'Гъинифиз IRCC-ди Provincial Nominee Program патал раунд кьиле тухвана (442 теклифнама, минимум балл 760), къени – Canadian Experience Class патал: 1 000 теклифнама, минимум балл 523.';
    expect(facts(page, '2026-08-18')).toEqual([
      ['2026-08-17', null, 'pnp', 442, 760],
      ['2026-08-18', null, 'cec', 1000, 523],
    ]);
  });

  it('a weekly round-up headed "И гьафтеда Express Entry-дин раундар" keeps each row\'s "№431"', () => {
    const page = [
      'И гьафтеда Express Entry-дин раундар:',
      'Августдин 4-даз: №431, Provincial Nominee Program, 507 теклифнама, минимум балл 768.',
      'Августдин 5-даз: №432, Canadian Experience Class, 3 000 теклифнама, минимум балл 516.',
      'Августдин 6-даз: №433, франсуз чӀал, 5 000 теклифнама, минимум балл 391.',
      'Августдин 7-даз: №434, Transport occupations, 300 теклифнама, минимум балл 470.',
    ].join('\n');
    expect(facts(page, '2026-08-08')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768],
      ['2026-08-05', '432', 'cec', 3000, 516],
      ['2026-08-06', '433', 'french', 5000, 391],
      ['2026-08-07', '434', 'transport', 300, 470],
    ]);
  });

  it('"Кьве югъ вилик" (two days ago) is the day before yesterday', () => {
    const page = 'Кьве югъ вилик IRCC-ди Provincial Nominee Program патал 431-нумрадин раунд кьиле тухвана: 507 теклифнама, минимум балл 768.';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-04', '431', 'pnp', 507, 768]]);
  });

  it('a short channel post of two kinds of its words is glossed', () => {
    expect(facts('⚡️ Express Entry #437: 5 000 теклифнама, франсуз чӀал, CRS 382. Къе.', '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382]]);
  });

  it("a month's and a year's account, a guide, a forecast and New Zealand's round announce nothing", () => {
    expectNothingAnnounced([
      [
        'Июлдин вацра IRCC-ди ругуд раунд кьиле тухвана ва вири санлай 16 426 касдиз теклифнама ракъурна. Виридалайни чӀехи раунд июлдин 9-даз хьана (франсуз чӀал, 5 000 теклифнама, минимум балл 420).',
        '2026-08-01',
      ],
      ['2025-йис Express Entry-да\n2025-йисуз IRCC-ди 100 000-дилай гзаф кас эверна. Эхиримжи раунд декабрдин 17-даз хьана: 6 000 теклифнама, минимум балл 399.', '2026-01-05'],
      ['Express Entry-диз гьикӀ экечӀда? Чешне яз, августдин 18-даз Canadian Experience Class патал раунда 1 000 касдиз теклифнама ракъурна, минимум балл 523 тир.', '2026-08-25'],
      ['Мад раунд мус жеда? 437-нумрадин раунддилай гуьгъуьниз (5 000 теклифнама, балл 382) къведай гьафтеда CEC раунд гуьзлемишзава, тахминан 3 000 теклифнама.', '2026-08-20'],
      ['Къе ЦӀийи Зеландияди Skilled Migrant программадай 600 кас эверна, минимум балл 6.', '2026-08-20'],
    ]);
  });
});
