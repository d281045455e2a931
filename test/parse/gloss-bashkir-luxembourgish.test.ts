import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { glossTatar } from '../../src/parse/text/gloss-tatar.ts';
import { glossKazakh } from '../../src/parse/text/gloss-kazakh.ts';
import { isLuxembourgish } from '../../src/parse/text/gloss-luxembourgish.ts';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';

/**
 * Bashkir and Luxembourgish draw news (docs/parser.md "Bashkir and Luxembourgish"): gloss-bashkir.ts and gloss-luxembourgish.ts
 * rewrite them into the English the reader knows, with IRCC's figures of rounds 435–437; an English page quoting a few of their
 * words stays as it is, a Tatar, Kazakh, German, Dutch or French page is still read by its own glossary, and a guide, a forecast,
 * a monthly recap, a province's or another country's draw announces nothing.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Bashkir (gloss-bashkir.ts)', () => {
  it('a news page: "Шишәмбе, 18 авгусы", "№436 раунд", "1 000 саҡырыу", "иң түбәнге CRS балы", the tie-break', () => {
    const page = [
      'Башҡортса яңылыҡтар | Канада',
      'Канада яңы CEC раундын үткәрҙе',
      'Шишәмбе, 18 авгусы, IRCC Canadian Experience Class өсөн №436 раунд үткәрҙе: 1 000 саҡырыу, иң түбәнге CRS балы 523.',
      'Тигеҙ баллы кандидаттар өсөн ҡағиҙә: 2026 йылдың 17 авгусы, 22:09:00 UTC.',
      'Белгестәр фекеренсә, CEC раундтары киләһе айҙа ла дауам итәсәк.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"кисә", "442 кандидат … саҡырыу алды", "минималь балл 760 булды"', () => {
    const page = [
      'Кисә Канада Express Entry системаһында №435 раундты үткәрҙе.',
      'Провинция номинанттары программаһы буйынса 442 кандидат даими йәшәүгә саҡырыу алды, минималь балл 760 булды.',
      'Был раундтан һуң пулда күп кандидат ҡалды.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });

  it('a short channel post: "Express Entry №437 — бөгөн! 5 000 саҡырыу, CRS 382."', () => {
    const post = '🇨🇦 Express Entry №437 — бөгөн! 5 000 саҡырыу, CRS 382.\n#Канада #ExpressEntry';
    expect(facts(post, '2026-08-19').map((f) => [f[0], f[1], f[3], f[4]])).toEqual([['2026-08-19', '437', 5000, 382]]);
  });

  it('a weekly round-up with two rounds and weekdays ("Дүшәмбе, 17 август", "Шишәмбе, 18 август")', () => {
    const page = [
      'Express Entry: был аҙнала ике раунд',
      'Был аҙнала раундтар:',
      'Дүшәмбе, 17 август 2026: провинция номинанттары программаһы (PNP) өсөн №435 раунд, 442 саҡырыу, иң түбәнге балл 760.',
      'Шишәмбе, 18 август 2026: Canadian Experience Class өсөн №436 раунд, 1 000 саҡырыу, иң түбәнге балл 523.',
    ].join('\n');
    expect(facts(page, '2026-08-19').map((f) => f.slice(0, 5))).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760],
      ['2026-08-18', '436', 'cec', 1000, 523],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's and another country's draw announce nothing", () => {
    const guide = [
      'Express Entry нимә ул? Башланғыстар өсөн ҡулланма',
      'Мәҫәлән, 2026 йылдың 19 авгусында француз теле раунды 5 000 кешене 382 балл менән саҡырҙы, ә CEC раундтары йыш ҡына 520 балл тирәһендә була.',
      'Профиль тултырығыҙ һәм саҡырыу көтөгөҙ.',
    ].join('\n');
    const forecast = ['Фараз: киләһе аҙнала IRCC яңы раунд үткәрер тип көтөлә.', 'Белгестәр фекеренсә, яҡынса 3 000 саҡырыу булыр, иң түбәнге балл 515 тирәһендә.'].join('\n');
    const recap = [
      'Август айы йомғаҡтары: Канада Express Entry буйынса ниндәй раундтар үткәрҙе',
      '17 августа PNP раунды: 442 саҡырыу, минималь балл 760.',
      '18 августа CEC раунды: 1 000 саҡырыу, минималь балл 523.',
    ].join('\n');
    const province = 'Онтарио үҙ раундын үткәрҙе: бөгөн 1 200 кандидат саҡырылды, иң түбәнге балл 480. Был федераль Express Entry раунды түгел, провинция өсөн генә.';
    const australia = 'Австралия бөгөн үҙенең иммиграция раундын үткәрҙе: 2 500 кешегә саҡырыу ебәрелде, минималь балл 65.';
    expectNothingAnnounced([
      [guide, '2026-09-10'],
      [forecast, '2026-08-25'],
      [recap, '2026-09-01'],
      [province, '2026-08-20'],
      [australia, '2026-08-20'],
    ]);
    expect(glossForeign(recap)).toMatch(/monthly recap/i);
  });

  it('an English page quoting a few Bashkir words stays as it is; Tatar and Kazakh pages keep their own glossaries', () => {
    const english = 'IRCC held Express Entry draw #436 on August 18, 2026, inviting 1,000 CEC candidates with a minimum CRS of 523. Bashkir channels wrote "саҡырыу" (invitation) and "бөгөн" (today).';
    expect(glossForeign(english)).toBe(english);
    const tatar = 'Бүген IRCC Канада тәҗрибәсе сыйныфы өчен №436 турны үткәрде: 1,000 чакыру, минималь балл 523. Тигезлек кагыйдәсе: 2026 елның 17 августы, 22:09:00 UTC.';
    expect(glossForeign(tatar)).toBe(glossTatar(tatar));
    const kazakh = 'Бүгін IRCC Express Entry жүйесінде №436 шақыру раундын өткізді: 1 000 үміткерге шақыру жіберілді, ең төменгі ұпай 523. Бұл CEC бағдарламасы бойынша өтті.';
    expect(glossForeign(kazakh)).toBe(glossKazakh(kazakh));
    const line = 'Бөгөн IRCC №436 раунд үткәрҙе: 1 000 саҡырыу, иң түбәнге CRS балы 523. Был CEC өсөн генә.';
    expect(glossForeign(line)).toContain('Today IRCC round #436 held: 1,000 invitations, minimum CRS score 523');
  });
});

describe('Luxembourgish (gloss-luxembourgish.ts)', () => {
  it('a news page: "Dënschdeg, de 18. August", "Ronn Nr. 436", "1.000 Kandidaten invitéiert", "De minimale CRS-Score louch bei 523 Punkten", the tie-break', () => {
    const page = [
      'Kanada: nei CEC-Ronn am Express Entry',
      'Vum Redaktioun | 19. August 2026',
      "Dënschdeg, de 18. August, goufen an der Ronn Nr. 436 fir d'Canadian Experience Class 1.000 Kandidaten invitéiert.",
      'De minimale CRS-Score louch bei 523 Punkten.',
      'Tie-Break-Regel: 17. August 2026 um 22:09:00 UTC.',
      'Deelen: Facebook | E-Mail',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"gëschter", "huet … 442 Kandidaten … invitéiert", "Mindestscore … war"', () => {
    const page = [
      'Express Entry: PNP-Ronn mat 442 Invitatiounen',
      "Kanada huet gëschter 442 Kandidaten aus dem Provincial Nominee Program invitéiert, sech fir d'permanent Openthalt ze bewerben.",
      "De Mindestscore war 760 Punkten. Et ass d'Ronn Nummer 435.",
      'Fir Lëtzebuerger, déi am Ausland schaffen, ass dat eng interessant Optioun.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });

  it('a short channel post: "Haut Ronn #437: 5.000 Invitatiounen fir Franséischsproocheg Kandidaten, Minimum 382 Punkten"', () => {
    const post = 'Express Entry 🇨🇦 Haut Ronn #437: 5.000 Invitatiounen fir Franséischsproocheg Kandidaten, Minimum 382 Punkten. Vill Gléck un all déi, déi eng kruten!';
    expect(facts(post, '2026-08-19').map((f) => f.slice(0, 5))).toEqual([['2026-08-19', '437', 'french', 5000, 382]]);
  });

  it('a weekly round-up with two rounds and weekdays ("Méindeg, 17. August", "Dënschdeg, 18. August")', () => {
    const page = [
      'Express Entry: zwou Ronnen dës Woch',
      'Dës Woch huet IRCC zwou Ronnen organiséiert.',
      'Méindeg, 17. August 2026: Ronn Nr. 435 fir de Provincial Nominee Program, 442 Invitatiounen, Minimum 760 Punkten.',
      "Dënschdeg, 18. August 2026: Ronn Nr. 436 fir d'Canadian Experience Class, 1.000 Invitatiounen, Minimum 523 Punkten.",
    ].join('\n');
    expect(facts(page, '2026-08-19').map((f) => f.slice(0, 5))).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760],
      ['2026-08-18', '436', 'cec', 1000, 523],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's and another country's draw announce nothing; hedged counts are no counts", () => {
    const guide = [
      'Guide: Wéi funktionéiert Express Entry? Eng Aféierung fir Lëtzebuerger',
      'Kandidaten kréien Punkten fir Alter, Sprooch an Aarbechtserfahrung.',
      'Zum Beispill goufen den 19. August 2026 an enger Franséisch-Ronn 5.000 Kandidaten mat 382 Punkten invitéiert.',
      'Dat ass eng gutt Chance fir Leit, déi Franséisch schwätzen.',
    ].join('\n');
    const forecast = [
      'Prognos: Wat gëtt déi nächst Ronn?',
      'Mir erwaarden, datt IRCC nächst Woch ronn 3.000 Kandidaten invitéiert, mat engem Minimum vu méi wéi 515 Punkten.',
      'Dat ass awer just eng Schätzung vun eis.',
    ].join('\n');
    const recap = [
      'Mount-Réckbléck August 2026: Express Entry',
      'Am August huet IRCC am Ganzen 3 Ronnen ofgehalen.',
      '17.08.2026 | PNP | 442 | 760',
      '18.08.2026 | CEC | 1.000 | 523',
      '19.08.2026 | Franséisch | 5.000 | 382',
      'Fir September gëtt mat weidere Ronnen gerechent.',
    ].join('\n');
    const province = "Ontario huet haut seng eege Provënz-Ronn ofgehalen: 1.200 Kandidaten goufen invitéiert, Minimum 480 Punkten. Dat ass keng Express-Entry-Ronn vum Bond, just fir d'Provënz.";
    const australia = 'Australien huet haut eng Ronn fir Fachkräfte organiséiert: 2.500 Persoune kruten eng Invitatioun, de Minimum louch bei 65 Punkten. Dat ass net Kanada.';
    expectNothingAnnounced([
      [guide, '2026-09-10'],
      [forecast, '2026-08-25'],
      [recap, '2026-09-01'],
      [province, '2026-08-20'],
      [australia, '2026-08-20'],
    ]);
    expect(glossForeign(recap)).toMatch(/monthly recap/i);
  });

  it('an English page quoting a few Luxembourgish words stays as it is; German, Dutch, French and Afrikaans pages are not taken for Luxembourgish', () => {
    const english = 'IRCC held Express Entry draw #436 on August 18, 2026, inviting 1,000 CEC candidates. A Luxembourg site called it "eng nei Ronn" (a new round) and wrote "gëschter" for yesterday.';
    expect(glossForeign(english)).toBe(english);
    const line = 'Kanada huet gëschter an der Ronn Nr. 436 1.000 Kandidaten aus der Canadian Experience Class invitéiert; dës Woch ass et déi zweet Ronn.';
    expect(glossForeign(line)).toContain('draw #436');
    const german =
      'Kanada hat gestern in der Express-Entry-Ziehung Nr. 436 insgesamt 1.000 Kandidaten der Canadian Experience Class eingeladen. Die Mindestpunktzahl lag bei 523 Punkten. Die Ronneburger Zeitung berichtete.';
    const dutch =
      'Canada heeft gisteren in ronde nr. 436 van Express Entry 1.000 kandidaten van de Canadian Experience Class uitgenodigd. De minimale CRS-score was 523 punten. Dat is een goede uitkomst voor België.';
    const french =
      "Le Canada a invité hier 1 000 candidats de la catégorie de l'expérience canadienne lors de la ronde no 436 d'Entrée express. Le score minimal était de 523 points. Joyeux Noël à tous les candidats !";
    const afrikaans =
      'Kanada het gister in rondte 436 van Express Entry 1 000 kandidate van die Canadian Experience Class uitgenooi. Die minimum telling was 523 punte. Dit is geëvalueer as ’n goeie uitslag vir almal.';
    for (const page of [german, dutch, french, afrikaans]) expect(isLuxembourgish(page), page).toBe(false);
  });
});
