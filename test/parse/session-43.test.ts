import { describe, expect, it } from 'vitest';
import { announcedDraws, readDraws, rounds } from '../helpers/announced.ts';

/**
 * Session 43 of the reader (issue 14): shapes of made-up pages (test/parse/made-up/) the reader missed or got wrong, in new
 * words (docs/parser.md "Session 43").
 */

describe("a channel post's date between dashes (u18-1-21)", () => {
  it('"— 12 May 2022 —" dates the post; the numbered cards under it keep their own round numbers and programs', () => {
    const post = `Canada PR Alerts\n\n— 12 May 2022 —\n\nTWO DRAWS THIS WEEK\n\n1️⃣ PNP draw — Round #222\n📅 11 May 2022 (Wednesday)\nITAs: 545\nCRS: 753\n\n2️⃣ FSW draw — Round #223 (first in months!)\n📅 12 May 2022 (Thursday)\nITAs: 1,000\nCRS: 540`;
    const found = rounds(post, '2022-05-12');
    expect(found).toContainEqual(['2022-05-11', '222', 'pnp', 545, 753]);
    expect(found.some((r) => r[1] === '223' && r[2] === 'pnp')).toBe(false);
  });
});

describe('thousands then hundreds in words, with a comma (u18-1-20)', () => {
  it('"fourteen thousand, six hundred and twelve" is 14,612, not 612', () => {
    const page = `Record round\nJune 3, 2021\nOn Wednesday IRCC invited fourteen thousand, six hundred and twelve candidates of the Canadian Experience Class, with a cut-off of 380.`;
    expect(rounds(page, '2021-06-03')).toEqual([['2021-06-02', null, 'cec', 14612, 380]]);
  });
});

describe('a tie-break told with its score (u18-1-20)', () => {
  it('"candidates tied at 75 points … before …" is not the tie-break of the provincial round compared just before', () => {
    const page = `Huge CEC round\nFebruary 14, 2021\nOn Saturday the department invited 27,332 people to apply.\nThe 176th round since Express Entry launched was limited to the Canadian Experience Class. Because the department invited nearly everyone in that group, the lowest score required was a mere seventy-five points out of 1,200.\nFor comparison, the biggest rounds until now issued 5,000 invitations each. The Canadian Experience Class round on Jan. 21 invited 4,626 people with scores of at least 454, and the provincial nominee round held on Wednesday invited 654 candidates with a minimum of 720.\nCandidates tied at 75 points were invited if they had submitted their profile before September 12, 2020 at 15:31:40 UTC.`;
    const draws = readDraws(page, '2021-02-14');
    expect(draws.find((d) => d.program === 'pnp')?.tieBreak).toBeNull();
    expect(draws.find((d) => d.primary)?.tieBreak).toBe('2020-09-12T15:31:40Z');
  });
});

describe("a headline's program carried into a round heading below it (u18-1-27)", () => {
  it('"First trades round follows big all-program draw" over "Round #249 — Tuesday" and a trades round: the first round is not a trades one', () => {
    const page = `Busy week\nFirst Express Entry round for trades workers follows big all-program draw\nJuly 14, 2023\nTwo rounds in two days, and one of them makes history: the first round reserved for the trades.\nRound #249 — Tuesday, July 11\n• 800 invitations\n• Lowest score: 505\nTrades round — Wednesday, July 12\nThe 250th round went to carpenters, plumbers, welders and other trades. IRCC sent 1,500 invitations, and the lowest-ranked candidate had 388 points.`;
    const found = rounds(page, '2023-07-14');
    expect(found).toContainEqual(['2023-07-12', '250', 'trades', 1500, 388]);
    const first = found.find((r) => r[1] === '249');
    expect(first?.[2]).not.toBe('trades');
    expect(first?.slice(3)).toEqual([800, 505]);
  });
});

describe('"Publicado el 20 de octubre de 2016 por …" under a headline (u18-2-04)', () => {
  it("is the page's date line, not the day of the round the body tells", () => {
    for (const [line, body] of [
      ['Publicado el 6 de abril de 2017 por Redacción', 'IRCC realizó el miércoles 5 de abril de 2017 un nuevo sorteo, con 3.753 invitaciones y un puntaje mínimo de 431 puntos.'],
      ['Publicado em 6 de abril de 2017 por Equipe CanadáJá', 'O IRCC realizou na quarta-feira, 5 de abril de 2017, um novo sorteio, com 3.753 convites e nota mínima de 431 pontos.'],
    ]) {
      const page = `Nuevo sorteo: 3.753 invitaciones y 431 puntos\n${line}\n${body}\nEl sorteo anterior, del 24 de marzo, invitó a 3.749 candidatos con 441 puntos.`;
      expect(rounds(page, '2017-04-06')).toEqual([['2017-04-05', null, 'general', 3753, 431]]);
    }
  });
});

describe('Chinese round cards (u18-2-25)', () => {
  it('"第298轮 · 加拿大经验类（CEC）专场" with its date, count, score and a tie-break in Beijing time', () => {
    const page = `快讯｜加拿大EE本周两轮抽签\n2024年6月20日 · 编辑部\n\n加拿大移民部（IRCC）本周连续举行两轮快速通道抽签。\n\n第297轮 · 省提名（PNP）专场\n抽签日期：2024年6月19日\n邀请人数：1,499人\n最低分数：663分\n同分规则：2024年3月27日 09:30:12（北京时间）\n\n第298轮 · 加拿大经验类（CEC）专场\n抽签日期：2024年6月20日\n邀请人数：1,800人\n最低分数：511分\n同分规则：2024年1月5日 01:10:20（北京时间）`;
    const draws = announcedDraws(page, '2024-06-20');
    expect(draws.map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak])).toEqual([
      ['2024-06-19', '297', 'pnp', 1499, 663, '2024-03-27T01:30:12Z'],
      ['2024-06-20', '298', 'cec', 1800, 511, '2024-01-04T17:10:20Z'],
    ]);
  });
  it('"第10轮" (a count of one year\'s rounds) is still no round number', () => {
    const page = `加拿大EE今年第10轮抽签\n2024年6月20日\n加拿大移民部（IRCC）6月19日举行抽签，邀请1,499人，最低分数663分。`;
    expect(announcedDraws(page, '2024-06-20').map((d) => d.drawNumber)).toEqual([null]);
  });
});

describe("cards under a headline that tells two programs' counts and one cut-off (u18-2-25)", () => {
  it('"Number of invitations: 2,985 candidates" is the card\'s count; the headline\'s one score goes to neither round', () => {
    const page = `EE draws: PNP invited 2,985 candidates, CEC invited 1,500 candidates, CRS score 544\nMay 24, 2024 ·\n\nDraw #296 · Provincial Nominee Program (PNP)\nDraw date: May 23, 2024\nNumber of invitations: 2,985 candidates\nMinimum CRS score: 676 points\n\nDraw #297 · Canadian Experience Class (CEC)\nDraw date: May 24, 2024\nInvitations: 1,500 candidates\nMinimum CRS score: 544 points`;
    expect(rounds(page, '2024-05-24')).toEqual([
      ['2024-05-23', '296', 'pnp', 2985, 676],
      ['2024-05-24', '297', 'cec', 1500, 544],
    ]);
  });
});

describe("a round named on the line after the page's date (u18-2-25)", () => {
  it('"June 20, 2024" then "Draw #297 · PNP" then "Draw date: June 19, 2024": the round keeps its number and program', () => {
    const page = `Express Entry this week\nJune 20, 2024 ·\nDraw #297 · Provincial Nominee Program (PNP)\nDraw date: June 19, 2024\nInvitations issued: 1,499\nLowest score: 663\n\nDraw #298 · Canadian Experience Class (CEC)\nDraw date: June 20, 2024\nInvitations issued: 1,800\nLowest score: 511`;
    expect(rounds(page, '2024-06-20')).toEqual([
      ['2024-06-19', '297', 'pnp', 1499, 663],
      ['2024-06-20', '298', 'cec', 1800, 511],
    ]);
  });
});

describe('"More draw results" and "Previous draws" under the story (u18-2-20)', () => {
  for (const heading of ['More draw results', 'Previous draws']) {
    it(`"${heading}": its list is the site's, even when it repeats a round the story compares with`, () => {
      const page = `DrawDesk.ca\nHome  /  Draw results  /  Three draws in three days\n\nExpress Entry: IRCC invites 2,700 candidates in three draws in three days\nJuly 6, 2023 — Staff writer\n\nIRCC wrapped up a three-day run of Express Entry rounds on Thursday, July 6, 2023 with a draw for healthcare occupations. The department had already held an all-program round on Tuesday and a STEM round on Wednesday.\n\nResults (copied from the table on IRCC's site)\n\nRound # | Date | Type | Invitations | Min. CRS\n253 | July 4, 2023 | No program specified | 700 | 511\n254 | July 5, 2023 | STEM occupations (2023-1) | 500 | 486\n255 | July 6, 2023 | Healthcare occupations (2023-1) | 1,500 | 463\n\nKey takeaways\n- The all-program cut-off (511) is 25 points higher than the round on June 27 (4,300 invitations, CRS 486).\n- STEM is the third category to get its first draw.\n\nAnalysis\nThe healthcare round was bigger than the first one, for nurses and other health workers. A CRS of 463 shows how many of them were in the pool.\n\n${heading}\n• June 28, 2023 — Healthcare — 500 ITAs — CRS 476\n• June 27, 2023 — All programs — 4,300 ITAs — CRS 486\n• June 8, 2023 — All programs — 4,800 ITAs — CRS 486`;
      expect(rounds(page, '2023-07-06')).toEqual([
        ['2023-07-04', '253', 'general', 700, 511],
        ['2023-07-06', '255', 'healthcare', 1500, 463],
        ['2023-07-05', '254', 'stem', 500, 486],
      ]);
    });
  }
});

describe('a site named "… Today" (u18-2-11)', () => {
  it('"Immigration Matters Today" over a page of the next morning does not make the rounds of the day before stale', () => {
    const page = `Immigration Matters Today\nNEWS · EXPRESS ENTRY\n\nIRCC holds two Express Entry draws on the same day\n\nMay 22, 2020 · By Ana Lima\n\nImmigration, Refugees and Citizenship Canada (IRCC) held two program-specific Express Entry draws on Thursday, May 21, 2020, inviting a total of 3,533 candidates.\n\nThe first draw, #148, was open only to Provincial Nominee Program candidates. IRCC issued 590 invitations, and the lowest-ranked candidate invited had a CRS score of 718.\n\nLater in the day, IRCC held draw #149 for Canadian Experience Class candidates. It issued 3,000 invitations with a minimum CRS of 440.`;
    expect(rounds(page, '2020-05-22')).toEqual([
      ['2020-05-21', '148', 'pnp', 590, 718],
      ['2020-05-21', '149', 'cec', 3000, 440],
    ]);
  });
});

describe("a newsletter's summary naming a province's draw after Express Entry's (u18-2-12)", () => {
  const page = (first: string) =>
    `IMMIGRATION WEEKLY — Wednesday, May 13, 2020\nYour weekly round-up of Canadian immigration news\n\nThis week at a glance\n• ${first}\n• Work permits: new rules for those already in Canada\n• SINP tech pilot: weekly draw\n• Travel restrictions extended to June 30\n\nEXPRESS ENTRY\nToday, Wednesday May 13, IRCC held draw #147, for Canadian Experience Class candidates:\n  – 3,200 invitations\n  – Minimum CRS score: 447`;
  it('"Express Entry: CEC draw today" and "CEC-only draw today" keep the page an Express Entry one', () => {
    for (const first of ['Express Entry: CEC draw today', 'CEC-only draw today']) expect(rounds(page(first), '2020-05-13')).toEqual([['2020-05-13', '147', 'cec', 3200, 447]]);
  });
  it('"Alberta Express Entry: priority sectors draw" is still a province\'s', () => {
    const alberta = `Alberta Express Entry: Priority Sectors draw\nDraw date: May 13, 2020\nInvitations: 620\nMinimum CRS: 480`;
    expect(rounds(alberta, '2020-05-13')).toEqual([]);
  });
});

describe('"Le dernier tirage de ce type remontait au …" (u18-2-17)', () => {
  it('is the earlier round, not the day of the round the lead tells', () => {
    const page = `Nouvelles Immigration\nAccueil > Entrée express\n\nEntrée express : retour des tirages tous programmes, 2 000 invitations et un score minimal de 542\nPublié le 2 juin 2022\n\nC'est confirmé : après 18 mois de pause, Immigration, Réfugiés et Citoyenneté Canada (IRCC) a tenu le mercredi 1er juin 2022 une ronde d'invitations ouverte à tous les programmes d'Entrée express. Le dernier tirage de ce type remontait au 23 décembre 2020.\n\nLes chiffres de la ronde no 224\n• Programmes : aucun programme précisé (TQF, CEC, TMF)\n• Nombre d'invitations : 2 000\n• Score SCG du dernier candidat invité : 542\n• Règle de départage : 4 mai 2022 à 10:11:12 UTC\n\nLe score minimal de 542 est élevé, ce qui s'explique par l'accumulation de candidats dans le bassin pendant la pause. À titre de comparaison, le dernier tirage — réservé aux candidats du Programme des candidats des provinces — avait eu lieu le 25 mai : 589 invitations avec un score minimal de 741.\n\nCe qu'il faut retenir\nLes tirages devraient désormais avoir lieu toutes les deux semaines.`;
    expect(rounds(page, '2022-06-02')).toEqual([['2022-06-01', '224', 'general', 2000, 542]]);
  });
});

describe('a recap table with a "Who was invited" column, "draw no." cells and "31-Mar-2025" tie-breaks (u18-1-35)', () => {
  it('reads each row as its round', () => {
    const page = `Weekly Express Entry recap (May 12–14, 2025)\nMay 16, 2025 | Posted by Ana Lee\n\nTwo rounds this week. Summary table:\n\nDate | Round | Who was invited | ITAs | Min. CRS | Tie-break\nMon 12 May | draw no. 347 | Provincial Nominee Program | 511 | 706 | 14-Apr-2025 02:10:11 UTC\nWed 14 May | draw no. 348 | Canadian Experience Class | 500 | 547 | 03-Feb-2025 19:03:45 UTC\n\nNotes\n• The CEC round was small.`;
    const draws = announcedDraws(page, '2025-05-16');
    expect(draws.map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak])).toEqual([
      ['2025-05-12', '347', 'pnp', 511, 706, '2025-04-14T02:10:11Z'],
      ['2025-05-14', '348', 'cec', 500, 547, '2025-02-03T19:03:45Z'],
    ]);
  });
});

describe('"Express Entry recap: #290 …, draw 291 …" in a headline (u18-1-30)', () => {
  it('names the rounds it recaps, each news', () => {
    const page = `Express Entry recap: #290 for all programs, draw 291 for French-speaking candidates\nPosted: March 28, 2024 — by the team\n\nTwo more rounds closed out the month. Here is everything you need to know.\n\n#290 — Tuesday, March 26, 2024\nType: General (all programs)\nITAs: 1,980\nLowest CRS: 524\n\nDraw 291 — Wednesday, March 27, 2024\nType: French-speaking candidates\nITAs: 1,500\nLowest CRS: 388`;
    expect(rounds(page, '2024-03-28')).toEqual([
      ['2024-03-26', '290', 'general', 1980, 524],
      ['2024-03-27', '291', 'french', 1500, 388],
    ]);
  });
  it('"Express Entry recap: the first quarter" is still a recap', () => {
    const page = `Express Entry recap: the first quarter of 2024\nPosted: April 2, 2024\n\nIRCC held 12 rounds in the first quarter. The last, on March 27, invited 1,980 candidates with a cut-off of 524.`;
    expect(rounds(page, '2024-04-02')).toEqual([]);
  });
});

describe('Portuguese cards with "Nota de corte: 670" (u18-1-32)', () => {
  it("is the round's cut-off", () => {
    const page = `Semana movimentada: dois sorteios do Express Entry\n\n27 de março de 2024 | Por Ana Souza\n\nO IRCC realizou duas rodadas de convites nesta semana. Veja os números:\n\nTerça-feira (26/03) — sorteio #290\nPrograma: candidatos com proficiência em francês\nConvites: 1.500\nNota de corte: 388\n\nQuarta-feira (27/03) — sorteio #291\nPrograma: Canadian Experience Class\nConvites: 1.980\nNota de corte: 524`;
    expect(rounds(page, '2024-03-27')).toEqual([
      ['2024-03-26', '290', 'french', 1500, 388],
      ['2024-03-27', '291', 'cec', 1980, 524],
    ]);
  });
});

describe('"até hoje", "hasta hoy": to date (u9-332)', () => {
  it('"a última rodada, em 31 de maio, … a mais baixa até hoje" keeps its day and stays a recalled round', () => {
    const page = `Express Entry muda de novo: novas regras de pontos\nPor Ana Lima | 6 de junho de 2017\nA partir de hoje, 6 de junho, o CRS tem novas regras para quem fala francês.\nE as rodadas?\nA última rodada, em 31 de maio, convidou 3.877 candidatos com nota de corte de 413, a mais baixa até hoje em uma rodada geral. A próxima ainda não tem data.`;
    const draws = readDraws(page, '2017-06-06');
    expect(draws.filter((d) => d.primary)).toEqual([]);
    expect(draws.find((d) => d.minCrs === 413)?.date).toBe('2017-05-31');
  });
});

describe('a Chinese or Arabic byline glossed to "| December 11, 2025" (p7-335, p7-338)', () => {
  it('dates the page, not the round the lead dates the day before', () => {
    const page = `加拿大EE快速通道：CEC类别邀请3000人，分数线515分\n移民快讯 | 2025年10月16日\n加拿大移民部（IRCC）于当地时间2025年10月15日进行了新一轮联邦快速通道（Express Entry）抽签，面向加拿大经验类（CEC）申请人发出3000份永久居民申请邀请（ITA），最低综合排名分数（CRS）为515分。\n上一次CEC抽签在10月1日举行，仅邀请1000人，分数线534分。`;
    expect(rounds(page, '2025-10-16')).toEqual([['2025-10-15', null, 'cec', 3000, 515]]);
  });
});
