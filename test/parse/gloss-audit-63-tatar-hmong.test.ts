import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { glossKazakh } from '../../src/parse/text/gloss-kazakh.ts';
import { glossKyrgyz } from '../../src/parse/text/gloss-kyrgyz.ts';
import { glossTatar } from '../../src/parse/text/gloss-tatar.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Tatar and Hmong glossaries (docs/parser.md "Tatar and Hmong", audit of session 63), on pages written for it
 * with IRCC's figures of rounds 430–437: Tatar pages with few of its words or letters (a weekday list, a short post) that went
 * to the Kazakh glossary, "the day before yesterday", "invited" in the active voice, a comparison with the previous round that
 * hid this round's cut-off, Hmong hedges ("about", "more than", "up to") read as exact counts, a guide and a question about the
 * next round read as news. A wrong value is worse than none: where the page gives no sure value, the field is null.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Tatar (gloss-tatar.ts)', () => {
  it('a page with few of its words ("үтте", "балы", "көнне") is Tatar, not Kazakh', () => {
    const page = 'Чәршәмбе, 5 август көнне Канада тәҗрибәсе сыйныфы буенча яңа тур үтте: 3 000 чакыру, минималь CRS балы 516.';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
  });

  it('a page without "ә", "җ", "һ" ("тур узды", "507 кеше чакырылды") is read', () => {
    const page = 'Бүген провинция номинантлары программасы буенча тур узды. 507 кеше чакырылды, минималь балл 768.';
    expect(facts(page, '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
  });

  it('a weekly list with weekdays after the day ("17 август, дүшәмбе") and "французча" (French)', () => {
    const page = [
      'Атна йомгагы: бу атнада өч тур булды',
      '• 17 август, дүшәмбе — PNP: 442 чакыру, минималь балл 760.',
      '• 18 август, сишәмбе — CEC: 1 000 чакыру, минималь балл 523.',
      '• 19 август, чәршәмбе — французча: 5 000 чакыру, минималь балл 382.',
    ].join('\n');
    expect(facts(page, '2026-08-21')).toEqual([
      ['2026-08-17', null, 'pnp', 442, 760, null],
      ['2026-08-18', null, 'cec', 1000, 523, null],
      ['2026-08-19', null, 'french', 5000, 382, null],
    ]);
  });

  it('a short post with one of its letters ("Яңа тур!") is Tatar', () => {
    const page = ['⚡️ Яңа тур! CEC #436', '1 000 чакыру | минималь балл 523'].join('\n');
    expect(glossForeign(page)).toContain('1,000 invitations');
    expect(facts(page, '2026-08-18')).toEqual([[null, '436', 'cec', 1000, 523, null]]);
  });

  it('"өченче көнне" (the day before yesterday) and "442 кешене чакырды" (invited 442 people)', () => {
    const page = 'Өченче көнне IRCC провинция номинантлары программасы буенча 442 кешене чакырды. Минималь балл 760 иде.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
  });

  it('"алдагы турдагы 517 дән бер балга түбән" (one point below the previous round\'s 517) keeps this round\'s cut-off', () => {
    const page = 'Бүген CEC буенча 3 000 кешегә чакыру җибәрелде. Минималь балл 516 булды, алдагы турдагы 517 дән бер балга түбән.';
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
  });

  it('New Zealand ("Яңа Зеландия") is another country, not a new round', () => {
    const page = 'Яңа Зеландия бүген үз турын үткәрде: 800 кешегә чакыру җибәрелде, минималь балл 180.';
    expect(facts(page, '2026-08-19')).toEqual([]);
  });

  it('programs: "транспорт" (transport), "хәрби" (military); "300 кешегә чакыру җибәрде" (sent)', () => {
    const transport = 'Бүген IRCC транспорт һөнәрләре өчен 300 кешегә чакыру җибәрде, минималь балл 470.';
    const military = 'Бүген IRCC хәрби хезмәткәрләр өчен тур үткәрде: бары тик 4 кешегә чакыру җибәрелде, минималь балл 368.';
    expect(facts(transport, '2026-08-07')).toEqual([['2026-08-07', null, 'transport', 300, 470, null]]);
    expect(facts(military, '2026-07-23')).toEqual([['2026-07-23', null, 'military', 4, 368, null]]);
  });

  it('Kazakh, Kyrgyz and Bashkir pages are not Tatar', () => {
    const kazakh = 'Бүгін IRCC №436 раундты өткізді: 1 000 үміткер шақыру алды, ең төменгі CRS ұпайы 523. Келесі раунд күтілуде. Кеше 442 адам шақырылды.';
    const kyrgyz = 'Бүгүн IRCC №435 айлампа өткөрдү: 442 чакыруу жөнөтүлдү, минималдуу CRS упайы 760. Кийинки айлампа күтүлөт. Бул тур Канада тажрыйба классы боюнча болду.';
    const bashkir = 'Бөгөн IRCC Канада тәжрибәһе класы буйынса яңы тур үткәрҙе: 1 000 кешегә саҡырыу ебәрелде, минималь балл 523. Был турҙа кандидаттар күп булды.';
    expect(glossForeign(kazakh)).toBe(glossKazakh(kazakh));
    expect(glossForeign(kyrgyz)).toBe(glossKyrgyz(kyrgyz));
    expect(glossForeign(bashkir)).not.toBe(glossTatar(bashkir));
  });
});

describe('Hmong (gloss-hmong.ts)', () => {
  it('"hnub ua ntej nag hmo" (the day before yesterday) is neither yesterday nor an earlier round', () => {
    const page = 'Hnub ua ntej nag hmo IRCC tau caw 442 tus neeg PNP. Qhab nia CRS tsawg tshaj plaws yog 760.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
  });

  it('a weekly list under "muaj peb zaug kev xaiv" (had three draws)', () => {
    const page = [
      'Lub limtiam no Express Entry muaj peb zaug kev xaiv',
      '• 17/8/2026: PNP, 442 daim ntawv caw, CRS 760.',
      '• 18/8/2026: CEC, 1,000 daim ntawv caw, CRS 523.',
      '• 19/8/2026: lus Fabkis, 5,000 daim ntawv caw, CRS 382.',
    ].join('\n');
    expect(facts(page, '2026-08-21')).toEqual([
      ['2026-08-17', null, 'pnp', 442, 760, null],
      ['2026-08-18', null, 'cec', 1000, 523, null],
      ['2026-08-19', null, 'french', 5000, 382, null],
    ]);
  });

  it('hedges: "kwv yees li 3,000" (about), "ntau tshaj 500" (more than), "txog li 300" (up to) give no count', () => {
    const about = 'Nag hmo IRCC tau caw kwv yees li 3,000 tus neeg CEC. Qhab nia CRS tsawg tshaj plaws yog 516.';
    const more = 'Hnub no IRCC tau caw ntau tshaj 500 tus neeg PNP. Qhab nia CRS tsawg tshaj plaws yog 768.';
    const upTo = 'Hnub no IRCC tau xa txog li 300 daim ntawv caw rau CEC. Qhab nia CRS tsawg tshaj plaws yog 470.';
    expect(facts(about, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
    expect(facts(more, '2026-08-05')).toEqual([['2026-08-05', null, 'pnp', null, 768, null]]);
    expect(facts(upTo, '2026-08-07').map((d) => d[3])).toEqual([null]);
  });

  it('a guide ("Yuav ua li cas …?", how to) and a question about the next draw ("Thaum twg … tom ntej?") announce nothing', () => {
    const guide = [
      'Yuav ua li cas thiaj tau daim ntawv caw?',
      'Koj yuav tsum tsim koj tus profile thiab tos. Hnub 5 Lub Yim Hli, kev xaiv CEC tau xa 3,000 daim ntawv caw, qhab nia tsawg tshaj plaws yog 516.',
    ].join('\n');
    const question = ['Thaum twg yuav muaj kev xaiv tom ntej?', 'Tej zaum lub limtiam tom ntej IRCC yuav caw li 3,000 tus neeg CEC, qhab nia CRS yuav nyob ib ncig 520.'].join('\n');
    expect(facts(guide, '2026-08-20')).toEqual([]);
    expect(facts(question, '2026-08-20')).toEqual([]);
  });

  it('"qis dua 517 zaum dhau los" (down from 517 last time) keeps this round\'s cut-off', () => {
    const page = 'Hnub no IRCC tau caw 3,000 tus neeg CEC. Qhab nia CRS tsawg tshaj plaws yog 516, qis dua 517 zaum dhau los.';
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
  });

  it('Vietnamese and English pages are not Hmong', () => {
    const vietnamese = 'Hôm nay IRCC đã tổ chức đợt rút thăm Express Entry mới: 1.000 thư mời, điểm CRS tối thiểu 523. Hôm qua có 442 thư mời.';
    const english = 'Nyob zoo! Today IRCC held a new draw. Hnub no 1,000 invitations, CRS 523.';
    expect(glossForeign(vietnamese)).not.toContain('Hnub');
    expect(glossForeign(english)).toBe(english);
  });
});
