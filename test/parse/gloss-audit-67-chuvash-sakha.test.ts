import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';

/**
 * Audit of the Chuvash and Sakha glossaries (session 67; docs/parser.md "Chuvash and Sakha", "Audit (session 67)"): pages written
 * for the audit, with real IRCC figures (rounds 422–437), each read wrong or not at all on the commit the audit started from.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Chuvash', () => {
  it('a short channel post with two of its words beside "2 000 чӗнӳ" is read as Chuvash', () => {
    expect(facts('🔥 Паян CEC: 2 000 чӗнӳ, CRS 516! #ExpressEntry', '2026-07-21')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
  });

  it('a page of a long English program name and an English tie-break line is read as Chuvash', () => {
    const page = 'Ӗнер IRCC Healthcare and Social Services Occupations валли раунд ирттерчӗ: 4 000 чӗнӳ, минимум балл 475.\nTie-breaking rule: May 21, 2026 at 12:14:09 UTC';
    expect(facts(page, '2026-06-26')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475, '2026-05-21']]);
  });

  it('"Тай-брейк правили:" is the tie-break', () => {
    const page = 'Утӑн 9-мӗшӗнче IRCC French-language proficiency валли 425-мӗш раунд ирттерчӗ: 5 000 чӗнӳ, минимум балл 420. Тай-брейк правили: 2026 ҫулхи май уйӑхӗн 15-мӗшӗ, 08:04:00 UTC.';
    expect(facts(page, '2026-07-09')).toEqual([['2026-07-09', '425', 'french', 5000, 420, '2026-05-15']]);
  });

  it('a guide\'s "Сӑмахран" (for example) quotes a past round and announces nothing', () => {
    expectNothingAnnounced([
      ['CRS баллӑ мӗнле ӳстермелле? Сӑмахран, 2026 ҫулхи июлӗн 21-мӗшӗнче CEC раунчӗ 2 000 ҫынна чӗннӗ, минимум балл 516 пулнӑ. Франци чӗлхине вӗренни 50 балл парать.', '2026-08-10'],
    ]);
  });
});

describe('Sakha', () => {
  it('a short channel post with two of its words beside "2 000 ыҥырыы" is read as Sakha', () => {
    expect(facts('🔥 Бүгүн CEC: 2 000 ыҥырыы, CRS 516! #ExpressEntry', '2026-07-21')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
  });

  it('a page of a long English program name and an English tie-break line is read as Sakha', () => {
    const page = 'Бэҕэһээ IRCC Provincial Nominee Program 427-с тиһэҕин оҥордо: 511 ыҥырыы, алын баал 744.\nTie-break: 26.05.2026 18:11:36 UTC';
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-20', '427', 'pnp', 511, 744, '2026-05-26']]);
  });

  it('"Тай-брейк:" is the tie-break', () => {
    const page = 'От ыйын 9 күнүгэр IRCC French-language proficiency 425-с тиһэҕин ыытта: 5 000 ыҥырыы, алын баал 420. Тай-брейк: 2026 сыл ыам ыйын 15 күнэ, 08:04:00 UTC.';
    expect(facts(page, '2026-07-09')).toEqual([['2026-07-09', '425', 'french', 5000, 420, '2026-05-15']]);
  });

  it('a year\'s recap ("2025 сыл түмүгэ"), "no round this week" with "Бүтэһик тиһэх" (the last round), a question about the next round and New Zealand\'s round announce nothing', () => {
    expectNothingAnnounced([
      ['2025 сыл түмүгэ: Express Entry\nБылырыын IRCC 100-тан тахса тиһэҕи ыытта. Бүтэһик тиһэх ахсынньы 17 күнүгэр буолбута: 5 000 ыҥырыы, алын баал 399.', '2026-01-05'],
      ['Бу нэдиэлэҕэ Express Entry тиһэҕэ буолбата. Бүтэһик тиһэх атырдьах ыйын 7 күнүгэр буолбута: 300 ыҥырыы, алын баал 470.', '2026-08-14'],
      ['Аныгыскы тиһэх хаһан буолуоҕай? Биһиги санаабытыгар, бу нэдиэлэҕэ CEC тиһэҕэ буолуон сөп: 3 000 ыҥырыы, алын баал 515 чугаһа.', '2026-08-10'],
      ['Саҥа Зеландия бүгүн Skilled Migrant тиһэҕин ыытта: 600 ыҥырыы, алын баал 6.', '2026-08-12'],
    ]);
  });
});
