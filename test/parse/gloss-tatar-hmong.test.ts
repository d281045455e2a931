import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { glossKazakh } from '../../src/parse/text/gloss-kazakh.ts';
import { glossKyrgyz } from '../../src/parse/text/gloss-kyrgyz.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Tatar and Hmong draw news (docs/parser.md "Tatar and Hmong"): the glossaries of gloss-tatar.ts and gloss-hmong.ts rewrite them
 * into the English the reader knows; an English page that quotes a few of their words stays as it is, a Kazakh or Kyrgyz page is
 * still read by its own glossary, and a guide, a forecast, a monthly recap, a province's or another country's draw announces nothing.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Tatar (gloss-tatar.ts)', () => {
  it('a news page: "Сишәмбе, 8 июльдә", "№355 турны", "3,000 чакыру", "минималь балл 518", "тигезлек кагыйдәсе"', () => {
    const page = [
      'Татарча яңалыклар | Канада',
      'Канада тагын CEC кандидатларын чакырды',
      '9 июль 2025',
      'Сишәмбе, 8 июльдә, IRCC Канада тәҗрибәсе сыйныфы өчен №355 турны үткәрде: 3,000 чакыру, минималь балл 518.',
      'Тигезлек кагыйдәсе: 2025 елның 29 июне, 06:12:30 UTC.',
      'Белгечләр әйтүенчә, CEC турлары киләсе айда да дәвам итәчәк.',
    ].join('\n');
    expect(facts(page, '2025-07-09')).toEqual([['2025-07-08', '355', 'cec', 3000, 518, '2025-06-29']]);
  });

  it('"кичә", "290 нчы турын", "1,391 кешегә чакыру җибәрелде", "минималь CRS балы 739 булды"', () => {
    const page = [
      'Кичә Канада Express Entry системасының 290 нчы турын уздырды.',
      'Провинция номинантлары программасы буенча 1,391 кешегә чакыру җибәрелде, минималь CRS балы 739 булды.',
      'Бу турдан соң пулда күп кандидат калды.',
    ].join('\n');
    expect(facts(page, '2024-03-20')).toEqual([['2024-03-19', '290', 'pnp', 1391, 739, null]]);
  });

  it('"бүген", thousands with a space ("1 500 кеше чакырылды"), "иң түбән балл"', () => {
    const page = 'Бүген Express Entry буенча яңа тур булды: гомуми турда 1 500 кеше чакырылды, иң түбән балл 470. Тигезлек кагыйдәсе: 2019 елның 2 марты, 10:00:00 UTC. #Канада';
    expect(facts(page, '2019-03-06')).toEqual([['2019-03-06', null, 'general', 1500, 470, '2019-03-02']]);
  });

  it('a guide ("Кулланма"), a monthly recap ("Май аеның йомгаклары"), a forecast ("Фараз"), a province\'s and another country\'s draw announce nothing', () => {
    const guide = ['Кулланма: Express Entry ничек эшли?', 'Мәсәлән, 2015 елның 31 гыйнварында беренче турда 779 кеше чакырылды, минималь балл 886 иде.', 'Профиль ясагыз һәм чакыру көтегез.'].join(
      '\n',
    );
    const recap = [
      'Май аеның йомгаклары: Канада Express Entry буенча нинди турлар үткәрде',
      '13 майда PNP туры: 2,985 чакыру, минималь балл 676.',
      '30 майда CEC туры: 3,000 чакыру, минималь балл 522.',
      'Киләсе айда сәламәтлек саклау турлары көтелә.',
    ].join('\n');
    const forecast = 'Фараз: киләсе атнада IRCC якынча 3,000 кешегә чакыру җибәрер дип көтелә, минималь балл 520 тирәсендә булыр.';
    const province = 'Онтарио провинциясе үз сайлавын уздырды: 1,200 кешегә чакыру җибәрелде, минималь балл 450. Бу федераль Express Entry туры түгел.';
    const australia = 'Австралия бүген SkillSelect туры үткәрде: 5,000 кешегә чакыру җибәрелде, минималь балл 65. Канада турлары турында киләсе атнада языбыз.';
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap)).toContain('Monthly recap');
    expect(glossForeign(province)).toContain('not a federal Express Entry');
    expect(facts(guide, '2025-01-20')).toEqual([]);
    expect(facts(recap, '2024-06-03')).toEqual([]);
    expect(facts(forecast, '2025-05-05')).toEqual([]);
    expect(facts(province, '2025-05-05')).toEqual([]);
    expect(facts(australia, '2025-05-05')).toEqual([]);
  });

  it('an English page quoting Tatar words stays as it is, and Kazakh and Kyrgyz pages keep their glossaries', () => {
    const tatar = 'Кичә 4,000 кешегә чакыру җибәрелде, минималь балл 516. Бу Канада тәҗрибәсе сыйныфы өчен тур иде.';
    const english = 'Tatar speakers say "бүген" (today) and "кичә" (yesterday). Canada held an Express Entry draw today: 1,500 invitations, minimum CRS 500.';
    const kazakh = 'Бүгін IRCC №394 раундты өткізді: 4 750 үміткер шақыру алды, ең төменгі CRS ұпайы 520. Келесі раунд күтілуде.';
    const kyrgyz = 'Бүгүн IRCC №435 айлампа өткөрдү: 442 чакыруу жөнөтүлдү, минималдуу CRS упайы 760. Кийинки айлампа күтүлөт.';
    expect(glossForeign(tatar)).toContain('4,000 candidates received invitations');
    expect(glossForeign(english)).toBe(english);
    expect(glossForeign(kazakh)).toBe(glossKazakh(kazakh));
    expect(glossForeign(kyrgyz)).toBe(glossKyrgyz(kyrgyz));
  });
});

describe('Hmong (gloss-hmong.ts)', () => {
  it('a news page: "nag hmo, hnub 20 Lub Peb Hlis 2025", "7,500 daim ntawv caw", "qhab nia CRS tsawg tshaj plaws", "kev xaiv zaum #339"', () => {
    const page = [
      'Xov Xwm Rau Hmoob Hauv Canada',
      'IRCC caw 7,500 tus neeg uas paub lus Fabkis',
      '21 Lub Peb Hlis 2025',
      'Nag hmo, hnub 20 Lub Peb Hlis 2025, IRCC tau xa 7,500 daim ntawv caw rau cov neeg uas paub lus Fabkis zoo. Qhab nia CRS tsawg tshaj plaws yog 379. Qhov no yog kev xaiv zaum #339.',
      'Lub sij hawm tie-breaking: 3 Lub Ob Hlis 2025 thaum 11:20:05 UTC.',
    ].join('\n');
    expect(facts(page, '2025-03-21')).toEqual([['2025-03-20', '339', 'french', 7500, 379, '2025-02-03']]);
  });

  it('a weekly list: "Hnub Ob (14/1/2025)", "471 daim ntawv caw", "(zaum 331)"', () => {
    const page = [
      'Xov xwm txog Express Entry – lub limtiam no',
      '• Hnub Ib (13/1/2025): PNP (zaum 330) – 471 daim ntawv caw, CRS 793.',
      '• Hnub Ob (14/1/2025): CEC (zaum 331) – 1,350 daim ntawv caw, CRS 539.',
      'Sau los ntawm: Nplooj Lis',
    ].join('\n');
    expect(facts(page, '2025-01-15')).toEqual([
      ['2025-01-13', '330', 'pnp', 471, 793, null],
      ['2025-01-14', '331', 'cec', 1350, 539, null],
    ]);
  });

  it('a short post: "hnub no IRCC tau caw 1,250 tus neeg CEC", an earlier draw ("zaum dhau los") as context', () => {
    const page = 'Hnub no IRCC tau caw 1,250 tus neeg CEC, qhab nia CRS tsawg tshaj plaws yog 530. Zaum dhau los (12 Lub Rau Hli) yog 3,000 tus neeg ntawm 529. Sai sai mus saib koj tus account!';
    expect(facts(page, '2025-06-26')).toEqual([['2025-06-26', null, 'cec', 1250, 530, null]]);
  });

  it('a guide ("Phau Ntawv Qhia"), a monthly recap ("Ntsiab lus"), a forecast ("Kwv yees"), a province\'s draw announce nothing', () => {
    const guide = [
      'Phau Ntawv Qhia: koj yuav tau qhab nia CRS li cas?',
      'Piv txwv: hnub 31 Lub Ib Hlis 2015, kev xaiv zaum 1 tau caw 779 tus neeg nrog qhab nia 886.',
      'Tsim koj tus profile thiab tos kom IRCC caw koj.',
    ].join('\n');
    const recap = [
      'Ntsiab lus ntawm Lub Tsib Hlis 2024: cov kev xaiv Express Entry',
      '• 13 Lub Tsib Hlis: PNP, 2,985 daim ntawv caw, CRS 676.',
      '• 30 Lub Tsib Hlis: CEC, 3,000 daim ntawv caw, CRS 522.',
    ].join('\n');
    const forecast = 'Kwv yees: lub limtiam tom ntej IRCC yuav caw li 3,000 tus neeg, qhab nia CRS tsawg tshaj plaws yuav nyob ib ncig 520.';
    const province = 'Xeev Ontario (OINP) tau caw 1,200 tus neeg hnub no, qhab nia tsawg tshaj plaws yog 450. Qhov no tsis yog kev xaiv Express Entry ntawm tsoom fwv.';
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap)).toContain('Monthly recap');
    expect(facts(guide, '2024-05-10')).toEqual([]);
    expect(facts(recap, '2024-06-03')).toEqual([]);
    expect(facts(forecast, '2025-05-05')).toEqual([]);
    expect(facts(province, '2025-05-05')).toEqual([]);
  });

  it('an English page quoting Hmong words stays as it is', () => {
    const hmong = 'Nag hmo IRCC tau xa 2,000 daim ntawv caw rau cov neeg CEC, qhab nia CRS tsawg tshaj plaws yog 517.';
    const english = 'Hmong families greet each other with "nyob zoo", and a "hnub no" means today. Canada held an Express Entry draw today: 1,500 invitations, minimum CRS 500.';
    expect(glossForeign(hmong)).toContain('Yesterday IRCC issued 2,000 invitations');
    expect(glossForeign(english)).toBe(english);
  });
});
