import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 59's audit of the Azerbaijani and Albanian glossaries (docs/parser.md "Azerbaijani and Albanian", "Audit (session
 * 59)"): pages written for the audit, with real IRCC rounds, each read as a native reader would.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Azerbaijani (gloss-azerbaijani.ts)', () => {
  it('a news page: the tie-break as "Bərabərlik qaydası" (the rule of equality)', () => {
    const page = [
      'Kanada xəbərləri',
      'Kanada fransız dili biliyi olan 5 000 namizədi dəvət etdi',
      '20.08.2026, 10:05',
      'Kanadanın İmmiqrasiya, Qaçqınlar və Vətəndaşlıq Nazirliyi (IRCC) 19 avqust 2026-cı il tarixində 437-ci Express Entry raundunu keçirib.',
      'Fransız dili biliyi kateqoriyası üzrə keçirilən bu raundda 5 000 namizədə dəvət göndərilib. Minimal CRS balı 382 olub.',
      'Bərabərlik qaydası: 1 mart 2026, saat 18:34:05 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-20')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });
  it('a channel post: "keçid balı isə 523 oldu" (the pass mark, for its part, was 523)', () => {
    const page = ['Kanadaya köç 🇨🇦', 'Dünən Kanada Təcrübə Sinfi (CEC) üzrə yeni raund keçirildi. Cəmi 1 000 nəfər dəvət aldı, keçid balı isə 523 oldu. Hamıya uğurlar!'].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
  });
  it('a monthly recap ("Avqust ayının yekunları", August\'s results) announces none of its rounds', () => {
    const page = [
      'Avqust ayının yekunları',
      '1 sentyabr 2026',
      'Avqust ayında IRCC 7 raund keçirib. Ən böyük raund 19 avqustda olub: fransız dili biliyi üzrə 5 000 namizəd dəvət alıb, keçid balı 382 olub.',
      'Ay ərzində cəmi 17 249 dəvət göndərilib.',
    ].join('\n');
    expect(facts(page, '2026-09-01')).toEqual([]);
  });
  it('a question and forecast ("nə vaxt olacaq?", "keçiriləcək", "göndəriləcək", "ola bilər") announces nothing', () => {
    const page = [
      'Növbəti Express Entry raundu nə vaxt olacaq?',
      '24 avqust 2026',
      'Ekspertlər bu həftə yeni CEC raundunun keçiriləcəyini düşünür. Təxminən 3 000 nəfərə dəvət göndəriləcək, keçid balı 520 ətrafında ola bilər.',
    ].join('\n');
    expect(facts(page, '2026-08-24')).toEqual([]);
  });
  it('a comparison in the round\'s own sentence ("əvvəlki CEC raundundakı 517 baldan 1 bal aşağıdır") keeps the cut-off', () => {
    const page = [
      'Express Entry: CEC üzrə 3 000 dəvət',
      '06.08.2026',
      'Kanada dünən, 5 avqust 2026-cı ildə, Kanada Təcrübə Sinfi üzrə 432-ci raundu keçirib. Bu raundda 3 000 namizədə dəvət göndərilib.',
      'Minimal CRS balı 516 olub ki, bu da əvvəlki CEC raundundakı 517 baldan 1 bal aşağıdır.',
      'Tie-breaking qaydası: 3 iyul 2026, 21:35:13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });
});
describe('Albanian (gloss-albanian.ts)', () => {
  it('a news page: the program as "njohuri të gjuhës frënge" (knowledge of the French language)', () => {
    const page = [
      'Lajme emigracioni',
      'Kanadaja fton 5.000 kandidatë me njohuri të gjuhës frënge',
      '20 gusht 2026',
      'Më 19 gusht 2026, IRCC mbajti raundin e 437-të të Express Entry për kandidatët me njohuri të gjuhës frënge.',
      'U dërguan 5.000 ftesa për të aplikuar për qëndrim të përhershëm. Pikët minimale CRS ishin 382.',
      'Rregulli i barazimit: 1 mars 2026 në orën 18:34:05 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-20')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });
  it('a year\'s recap ("Viti 2025 në shifra", "raundi i fundit i vitit") announces none of its rounds', () => {
    const page = [
      'Viti 2025 në shifra: Express Entry',
      '5 janar 2026',
      'Gjatë vitit 2025 Kanada mbajti 58 raunde dhe dërgoi rreth 110.000 ftesa.',
      'Raundi i fundit i vitit u mbajt më 17 dhjetor: u ftuan 2.000 kandidatë të CEC me pikë minimale 515.',
    ].join('\n');
    expect(facts(page, '2026-01-05')).toEqual([]);
  });
  it('a comparison in the round\'s own sentence ("një pikë më pak se 517 në raundin e mëparshëm të CEC") keeps the cut-off', () => {
    const page = [
      'Express Entry: 3.000 ftesa për CEC',
      '06.08.2026',
      'Dje, më 5 gusht 2026, Kanada mbajti raundin e 432-të për Klasën e Përvojës Kanadeze. U ftuan 3.000 kandidatë.',
      'Pikët minimale CRS ishin 516, një pikë më pak se 517 në raundin e mëparshëm të CEC.',
      'Rregulli i barazimit: 3 korrik 2026, ora 21:35:13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });
  it('"kishte" alone is "had", not a pluperfect: "ky raund kishte gjithsej 2.000 ftesa" is this round\'s', () => {
    const page = [
      'Raundi i djeshëm i CEC kishte 2.000 ftesa',
      'Dje IRCC mbajti raundin e 424-të për Klasën e Përvojës Kanadeze. Ky raund kishte gjithsej 2.000 ftesa dhe pikët minimale ishin 517.',
    ].join('\n');
    expect(facts(page, '2026-07-08')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, null]]);
  });
  it('the nominative "Raundi i 436-të" (the 436th round) gives the round number, as "raundin e 436-të" does', () => {
    const page = ['Express Entry: raundi i 436-të', 'Dje u mbajt raundi i 436-të për Klasën e Përvojës Kanadeze. U ftuan 1.000 kandidatë me pikë minimale CRS 523.'].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
  });
});
