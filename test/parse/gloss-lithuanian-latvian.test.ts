import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isLithuanian } from '../../src/parse/text/gloss-lithuanian.ts';
import { isLatvian } from '../../src/parse/text/gloss-latvian.ts';
import { isCzech } from '../../src/parse/text/gloss-czech.ts';
import { isPolish } from '../../src/parse/text/gloss-polish.ts';

/**
 * Lithuanian and Latvian draw news (src/parse/text/gloss-lithuanian.ts, gloss-latvian.ts; docs/parser.md "Lithuanian and
 * Latvian"): glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's
 * or another country's round) is glossed and still announces nothing; an English page quoting the languages is not glossed.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Lithuanian', () => {
  it('a news item: "2025 m. birželio 10 d.", "raundas Nr. 352", "pakviesti 3 000 kandidatų", "minimalus CRS balas" and the tie-break', () => {
    const page = [
      'Express Entry: naujas Kanados patirties klasės raundas',
      'Imigracijos naujienos | 2025 m. birželio 11 d.',
      'Antradienį, birželio 10 d., įvyko Kanados patirties klasės (CEC) raundas Nr. 352: pakviesti 3 000 kandidatų, minimalus CRS balas – 531.',
      'Lygių balų taisyklė: 2025 m. gegužės 20 d. 09:15:30 UTC.',
      'Kandidatai, gavę kvietimą, turi 60 dienų pateikti paraišką.',
    ].join('\n');
    expect(facts(page, '2025-06-11')).toEqual([['2025-06-10', '352', 'cec', 3000, 531, '2025-05-20']]);
  });

  it('a forum post: "Vakar", "PNP raundas", "800 kvietimų, minimalus balas 745"', () => {
    const page = 'Vakar įvyko dar vienas PNP raundas: 800 kvietimų, minimalus balas buvo 745 taškų. Aš turiu 470 balų, tai dar laukiu savo raundo.';
    expect(facts(page, '2024-10-02')).toEqual([['2024-10-01', null, 'pnp', 800, 745, null]]);
  });

  it('a forecast, a monthly recap and a guide are glossed and announce nothing', () => {
    const forecast = [
      'Prognozė: ką Express Entry atneš 2027 m.?',
      'Tikimasi, kad CEC raunduose minimalus CRS balas bus apie 510 taškų, o prancūzų kalbos raunduose bus išsiųsta iki 5 000 kvietimų.',
    ].join('\n');
    const recap = ['Spalio mėnesio apžvalga: Express Entry', 'Per mėnesį IRCC surengė keturis raundus ir iš viso išsiuntė 11 000 kvietimų. Mažiausias CRS balas buvo 410.'].join('\n');
    const guide = ['Kaip surinkti daugiau CRS balų: gidas', 'Pavyzdžiui, provincijos nominacija duoda 600 balų, o prancūzų kalbos žinios – iki 50 balų. Kiekvienas kandidatas turi savo kelią.'].join(
      '\n',
    );
    for (const [page, english] of [
      [forecast, 'forecast'],
      [recap, 'monthly summary'],
      [guide, 'guide'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2025-11-03')).toEqual([]);
    }
  });
});

describe('Latvian', () => {
  it('a news item: "Otrdien, 10. jūnijā", "raunds Nr. 352", "uzaicinājumus saņēma 3 000 kandidātu" and the tie-break', () => {
    const page = [
      'Express Entry: jauns Kanādas pieredzes klases raunds',
      'Imigrācijas ziņas · 2025. gada 11. jūnijs',
      'Otrdien, 10. jūnijā, notika Kanādas pieredzes klases (CEC) raunds Nr. 352. Uzaicinājumus saņēma 3 000 kandidātu ar vismaz 531 CRS punktiem.',
      'Vienāda punktu skaita noteikums: 20.05.2025 09:15:30 UTC.',
    ].join('\n');
    expect(facts(page, '2025-06-11')).toEqual([['2025-06-10', '352', 'cec', 3000, 531, '2025-05-20']]);
  });

  it('a short post: "šodien", "PNP raunds: 800 uzaicinājumu, minimālais CRS 745"', () => {
    const page = 'Kanādā šodien notika PNP raunds: 800 uzaicinājumu, minimālais CRS punktu skaits 745. Man ir 470 punkti, tāpēc vēl gaidu.';
    expect(facts(page, '2024-10-01')).toEqual([['2024-10-01', null, 'pnp', 800, 745, null]]);
  });

  it("a forecast and a province's and another country's round are glossed and announce nothing", () => {
    const forecast = ['Express Entry prognoze 2027. gadam', 'Mēs sagaidām, ka CEC raundos slieksnis būs apmēram 510 punkti, un franču valodas izlozēs varētu izsūtīt līdz 5 000 uzaicinājumu.'].join(
      '\n',
    );
    const province = [
      'Ontārio provinces izloze: 1 400 uzaicinājumu',
      'Ontārio provinces programma vakar izsūtīja 1 400 uzaicinājumus kandidātiem no Express Entry baseina. Tā nav federālā izloze, un CRS slieksnis netika publicēts.',
    ].join('\n');
    const zealand = [
      'Jaunzēlande: jauna kvalificēto migrantu izloze',
      'Jaunzēlande vakar uzaicināja 500 kandidātus ar vismaz 160 punktiem. Atšķirībā no Kanādas Express Entry, tur punkti tiek skaitīti citādi.',
    ].join('\n');
    for (const [page, english] of [
      [forecast, 'forecast'],
      [province, 'invitations'],
      [zealand, 'yesterday'],
    ] as const) {
      expect(glossForeign(page)).toContain(english);
      expect(facts(page, '2025-11-03')).toEqual([]);
    }
  });
});

describe('Other pages', () => {
  it('an English page quoting Lithuanian and Latvian words stays as written', () => {
    const page = [
      'Express Entry draw #352: 3,000 invitations for the Canadian Experience Class',
      'By Rūta Kazlauskienė and Jānis Bērziņš | June 11, 2025',
      'IRCC held a new Express Entry draw on June 10, 2025, issuing 3,000 invitations with a minimum CRS score of 531.',
      'Our readers wrote "gavau kvietimą šiandien!" and "paldies, saņēmu uzaicinājumu", and both were very happy with the news.',
    ].join('\n');
    expect(isLithuanian(page)).toBe(false);
    expect(isLatvian(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-06-11')).toEqual([['2025-06-10', '352', 'cec', 3000, 531, null]]);
    // The same words in a post of the language are glossed.
    expect(glossForeign('Gavau kvietimą šiandien! Vakar įvyko raundas Nr. 352, pakviesti 3 000 kandidatų, minimalus CRS balas buvo 531.')).toContain('draw #352');
    expect(glossForeign('Paldies, saņēmu uzaicinājumu! Vakar notika raunds Nr. 352, uzaicinājumus saņēma 3 000 kandidātu.')).toContain('draw #352');
  });

  it('a Czech and a Polish page are not taken for Lithuanian or Latvian', () => {
    const czech = 'Včera proběhlo kolo č. 330 jen pro PNP: pozváno bylo 1 500 kandidátů a minimální skóre CRS bylo 727 bodů. Má někdo pozvánku?';
    const polish = 'Wczoraj odbyła się runda nr 330 dla PNP: zaproszenia otrzymało 1 500 kandydatów, a minimalny wynik CRS wyniósł 727 punktów.';
    expect(isCzech(czech)).toBe(true);
    expect(isPolish(polish)).toBe(true);
    for (const page of [czech, polish]) {
      expect(isLithuanian(page)).toBe(false);
      expect(isLatvian(page)).toBe(false);
    }
    // A Latvian page writing "č", "š", "ž" as they do is Latvian.
    expect(glossForeign('Šodien notika raunds Nr. 330 tikai PNP: uzaicinājumus saņēma 1 500 kandidātu, minimālais CRS punktu skaits 727.')).toContain('1,500 candidates received invitations');
  });
});
