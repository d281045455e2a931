import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Korean and Ilocano draw news (docs/parser.md "Korean and Ilocano"): gloss-korean.ts (weekdays, today and yesterday, round
 * numbers, times, an earlier round by its day, two rounds on two days, other countries) and gloss-ilocano.ts rewrite them into
 * the English the reader knows; pages that announce nothing (a guide, a forecast, a month's recap, a province's or another
 * country's draw) stay so, and an English page that quotes a few words of either, or a Tagalog post, is left as it is.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Korean (gloss-korean.ts)', () => {
  it('a news page: "13일(수)" (on Wednesday the 13th), "287번째 … 추첨" (the 287th draw), "8시 14분 51초"; the earlier round of the 4th is context', () => {
    const page = [
      '밴쿠버 한인일보',
      '2024년 3월 14일 (목)',
      '익스프레스 엔트리 287번째 추첨…커트라인 525점',
      '연방이민부(IRCC)는 13일(수) 287번째 익스프레스 엔트리 추첨을 실시해 2,850명에게 영주권 신청 초청장(ITA)을 보냈다고 밝혔다.',
      '이번 추첨의 최저 점수는 525점으로, 지난 4일 추첨(531점)보다 6점 낮아졌다.',
      '동점자 처리 기준은 2024년 2월 2일 8시 14분 51초(UTC)로 적용됐다.',
    ].join('\n');
    expect(facts(page, '2024-03-14')).toEqual([['2024-03-13', '287', 'general', 2850, 525, '2024-02-02']]);
  });

  it('a blog post: "어제(7월 8일, 월요일)" (yesterday, Monday, July 8), "회차: #303", "초청 인원: 3,200명", "타이브레이크"', () => {
    const page = [
      '토론토 이민 일기 : 네이버 블로그',
      '[EE 드로우] 프랑스어 카테고리 또 나왔네요!',
      '토론토댁 · 2024. 7. 9. 11:20',
      '어제(7월 8일, 월요일) IRCC가 프랑스어 능력자 대상 추첨을 했어요.',
      '- 회차: #303',
      '- 대상: French-language proficiency',
      '- 초청 인원: 3,200명',
      '- 최저 CRS: 420점',
      '- 타이브레이크: 2024년 5월 2일 14:05:32 UTC',
      '불어 공부 중이신 분들 모두 화이팅입니다!',
    ].join('\n');
    expect(facts(page, '2024-07-09')).toEqual([['2024-07-08', '303', 'french', 3200, 420, '2024-05-02']]);
  });

  it('a chat alert: "오늘 … 드로우" (a draw today), "ITA 2,500명"; "어제 PNP 503명(772점)에 이어" (after yesterday\u2019s PNP round) is no news', () => {
    const page = [
      '캐나다 이민 정보방 (오픈채팅)',
      '2025년 6월 11일 수요일',
      'EE알림봇',
      '📢 오늘 헬스케어 드로우 떴어요!',
      '✔ Healthcare and social services occupations',
      '✔ ITA 2,500명',
      '✔ 커트라인 CRS 475점',
      '어제 PNP 503명(772점)에 이어 이틀 연속이네요.',
    ].join('\n');
    expect(facts(page, '2025-06-11')).toEqual([['2025-06-11', null, 'healthcare', 2500, 475, null]]);
  });

  it('"이틀 연속 익스프레스 엔트리 추첨" (draws two days running): both rounds are the news', () => {
    const page = [
      '캐나다 한인신문',
      '이틀 연속 익스프레스 엔트리 추첨…STEM 커트라인 491점',
      '입력 2024-04-12 08:30',
      '이민부는 10일(수) 주정부 이민 프로그램(PNP) 대상자 1,280명에게 초청장을 발송했다. 최저 점수는 791점이었다.',
      '이어 11일(목)에는 STEM 직군 대상 추첨에서 4,500명이 초청장을 받았다. 최저 점수는 491점이었다.',
    ].join('\n');
    expect(glossForeign(page)).toContain('two Express Entry draws in two days');
    expect(facts(page, '2024-04-12')).toEqual([
      ['2024-04-11', null, 'stem', 4500, 491, null],
      ['2024-04-10', null, 'pnp', 1280, 791, null],
    ]);
  });

  it('"292번째 추첨" is the round\u2019s number, "올해 들어 12번째 추첨" (this year\u2019s twelfth draw) none', () => {
    const page = [
      '캐나다 한인뉴스',
      '익스프레스 엔트리 CEC 추첨…커트라인 518점',
      '이민부는 23일(화) 292번째 추첨을 실시해 CEC 대상자 2,000명에게 초청장을 발송했다. 최저 점수는 518점이었다. 이번 추첨은 올해 들어 12번째 추첨이다.',
    ].join('\n');
    expect(facts(page, '2024-04-24')).toEqual([['2024-04-23', '292', 'cec', 2000, 518, null]]);
    const yearly = page.replace('292번째 추첨을 실시해 ', '추첨을 실시해 ');
    expect(facts(yearly, '2024-04-24')).toEqual([['2024-04-23', null, 'cec', 2000, 518, null]]);
  });

  it('"지난 22일 … 추첨에서" is this round\u2019s day, "교육 직군" its program; "오후 3시 2분 11초(UTC)" is 15:02:11 UTC', () => {
    const news = [
      '캐나다 중앙일보',
      '익스프레스 엔트리, 교육 직군 추첨서 1,000명 초청',
      '2025-07-23 10:15',
      '연방 이민부는 지난 22일 교육 직군 대상 익스프레스 엔트리 추첨에서 1,000명에게 영주권 신청 초청장을 발송했다고 밝혔다. 최저 점수는 479점이었다.',
      '이번 추첨은 지난 8일 CEC 추첨(3,000명, 518점) 이후 2주 만이다.',
    ].join('\n');
    expect(facts(news, '2025-07-23')).toEqual([['2025-07-22', null, 'education', 1000, 479, null]]);
    const pm = [
      '[속보] 익스프레스 엔트리 제350차 추첨 결과',
      '2025년 6월 3일 화요일',
      '캐나다 이민부(IRCC)는 2일(월) 제350차 익스프레스 엔트리 추첨을 실시했다.',
      '주정부 이민(PNP) 대상으로 277명이 초청됐으며, 최저 점수는 726점이었다.',
      '동점자 처리 규정 적용 시점은 2025년 2월 10일 오후 3시 2분 11초(UTC)다.',
    ].join('\n');
    expect(announcedDraws(pm, '2025-06-03').map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak])).toEqual([
      ['2025-06-02', '350', 'pnp', 277, 726, '2025-02-10T15:02:11Z'],
    ]);
    // "동부시간 기준" (Eastern time): 3:02:11 p.m. in February is 20:02:11 UTC; a time with no zone is dropped, its day kept.
    const tieBreak = (text: string) => announcedDraws(text, '2025-06-03').map((d) => d.tieBreak);
    expect(tieBreak(pm.replace('오후 3시 2분 11초(UTC)', '동부시간 기준 오후 3시 2분 11초'))).toEqual(['2025-02-10T20:02:11Z']);
    expect(tieBreak(pm.replace('오후 3시 2분 11초(UTC)', '오후 3시 2분 11초'))).toEqual(['2025-02-10']);
  });

  it('pages that announce nothing: a guide, a forecast, a month\u2019s recap, a province\u2019s draw, Australia\u2019s draw', () => {
    const guide = [
      '[이민 가이드] 익스프레스 엔트리란? 처음 시작하는 분들을 위한 안내',
      '익스프레스 엔트리는 캐나다 연방 이민 신청자를 관리하는 온라인 시스템입니다. 신청자는 CRS 점수를 받고, 이민부는 정기적으로 추첨을 실시해 점수가 높은 순서대로 초청장을 보냅니다.',
      '예를 들어 2023년 5월 24일(수) 추첨에서는 4,800명이 초청됐고 최저 점수는 488점이었습니다.',
    ].join('\n');
    expect(glossForeign(guide)).toContain('Wednesday, May 24, 2023');
    expect(facts(guide, '2024-01-10')).toEqual([]);
    const forecast = ['[전망] 다음 CEC 추첨, 커트라인 520점 아래로 내려갈까', '이민 전문가들은 다음 주 CEC 추첨에서 약 3,000명이 초청되고 커트라인은 515점 안팎이 될 것으로 예상했다.'].join('\n');
    expect(glossForeign(forecast)).toContain('next week');
    expect(facts(forecast, '2024-02-01')).toEqual([]);
    const recap = [
      '2024년 6월 익스프레스 엔트리 추첨 총정리',
      '6월에는 모두 네 번의 추첨이 있었습니다. 6월 19일(수)에는 두 번의 추첨이 있었어요.',
      '날짜 | 프로그램 | 초청 인원 | 최저 CRS',
      '6월 19일 | PNP | 1,499 | 663',
      '6월 19일 | CEC | 1,500 | 522',
      '이번 달 초청장 합계는 2,999장입니다.',
    ].join('\n');
    expect(glossForeign(recap)).toContain('Wednesday, June 19');
    expect(facts(recap, '2024-07-01')).toEqual([]);
    const province = ['앨버타 주정부 추첨', '앨버타 주정부는 15일(화) 익스프레스 엔트리 연계 추첨을 실시해 120명에게 초청장을 발송했다고 밝혔다. 최저 점수는 301점이었다.'].join('\n');
    expect(glossForeign(province)).toContain('on the 15th (Tuesday)');
    expect(facts(province, '2025-04-16')).toEqual([]);
    const australia = ['호주 이민 추첨 결과', '호주 이민부는 24일(금) 추첨을 실시해 8,300명에게 초청장을 보냈다고 밝혔다. 최저 점수는 65점이었다.'].join('\n');
    expect(glossForeign(australia)).toContain('Australia');
    expect(facts(australia, '2023-11-25')).toEqual([]);
  });

  it('an English page quoting Korean words stays as written; the Korean telling of the news is read', () => {
    const english = [
      'Maple Korean Community — Immigration News',
      'Canada invites 1,500 CEC candidates',
      'By Park Ji-won | September 6, 2024 | 댓글 12',
      'IRCC held a Canadian Experience Class draw on September 5, inviting 1,500 candidates with a minimum CRS score of 509.',
      'Members of our 오픈채팅 said "축하합니다!" (congratulations) to everyone who got an ITA.',
    ].join('\n');
    expect(glossForeign(english)).toBe(english);
    expect(facts(english, '2024-09-06')).toEqual([['2024-09-05', null, 'cec', 1500, 509, null]]);
    const korean = ['캐나다 이민 정보방', '오늘 CEC 드로우 떴습니다! ITA 1,500명, 커트라인 CRS 509점이에요. 모두 축하드려요 🎉 다음 주에도 드로우가 있기를 기도합니다.'].join('\n');
    expect(facts(korean, '2024-09-05')).toEqual([['2024-09-05', null, 'cec', 1500, 509, null]]);
  });
});

describe('Ilocano (gloss-ilocano.ts)', () => {
  it('a news page: "Idi Martes, Marso 4, 2025", "maika-338 a round", "4,000 nga ITA", "Ti kababaan a CRS score ket 410"; the previous draw is context', () => {
    const page = [
      'DAMAG TI AMIANAN – Canada',
      'Marso 5, 2025',
      'Express Entry: 4,000 ti naimbitaran iti French draw',
      'Sinurat ni Rosario Tabangcura',
      'Idi Martes, Marso 4, 2025, inangay ti IRCC ti maika-338 a round ti Express Entry. Nangited ti IRCC iti 4,000 nga ITA kadagiti kandidato nga addaan iti French-language proficiency.',
      'Ti kababaan a CRS score ket 410 — 18 a puntos a nababbaba ngem ti 428 iti napalabas a French draw idi Pebrero 19.',
      'Tie-breaking rule: Enero 15, 2025 iti 09:12:44 UTC.',
    ].join('\n');
    expect(facts(page, '2025-03-05')).toEqual([['2025-03-04', '338', 'french', 4000, 410, '2025-01-15']]);
  });

  it('a Facebook post with two rounds: "Idi kalman (Martes, Setiembre 17)" (yesterday) and "Ita nga aldaw (Mierkoles, …)" (today)', () => {
    const page = [
      'Ilokano Nurses iti Canada',
      'Setiembre 18, 2024 · 🌎',
      'Dua a draw ti Express Entry iti daytoy a lawas!',
      'Idi kalman (Martes, Setiembre 17), nangiruar ti IRCC iti 652 nga ITA para kadagiti nominado ti probinsia (PNP). Ti kababaan a CRS ket 733.',
      'Ita nga aldaw (Mierkoles, Setiembre 18), 4,000 nga ITA ti naited kadagiti addaan iti Canadian Experience Class — minimum CRS 509 laeng!',
      'Agyaman kami kadagiti nangibinglay.',
    ].join('\n');
    expect(facts(page, '2024-09-18')).toEqual([
      ['2024-09-17', null, 'pnp', 652, 733, null],
      ['2024-09-18', null, 'cec', 4000, 509, null],
    ]);
  });

  it('a radio bulletin: "Idi rabii" (last night), "2,500 a kandidato ti naawis", "kababaan nga iskor"; "BARO A DRAW ITA NGA ALDAW" (a new draw today)', () => {
    const radio = [
      'Radio Ilokano Canada – Damag iti Agsapa',
      'Agosto 21, 2025',
      'Naimbag a bigat, kakailian! Idi rabii, nangaramid ti IRCC iti baro a draw para kadagiti addaan iti Canadian Experience Class. 2,500 a kandidato ti naawis, ket ti kababaan nga iskor ket 534. Draw #365 daytoy.',
      'Awan pay ti impakaammo ti IRCC maipapan iti sumaruno a draw.',
    ].join('\n');
    expect(facts(radio, '2025-08-21')).toEqual([['2025-08-20', '365', 'cec', 2500, 534, null]]);
    const post = [
      'Ilokano iti Saskatchewan',
      'Enero 30, 2025 · 🌎',
      'BARO A DRAW ITA NGA ALDAW!',
      'Provincial Nominee Program – 1,350 nga ITA, kababaan a CRS 727.',
      'Tie-breaking rule: Disiembre 31, 2024 iti 20:11:45 UTC',
      'Kitaenyo dagiti IRCC account yo! 🙏',
    ].join('\n');
    expect(facts(post, '2025-01-30')).toEqual([['2025-01-30', null, 'pnp', 1350, 727, '2024-12-31']]);
  });

  it('"Awan ti Express Entry draw iti daytoy a lawas" (no draw this week): the last round told is no news', () => {
    const page = ['Ilokano Canada Updates', 'Awan ti Express Entry draw iti daytoy a lawas.', 'Ti kaudian a draw ket idi Hulio 8 (CEC – 3,000 nga ITA, CRS 518). Agur-uray tayo pay, kakailian.'].join(
      '\n',
    );
    expect(glossForeign(page)).toContain('No Express Entry draw this week');
    expect(facts(page, '2025-07-15')).toEqual([]);
  });

  it('pages that announce nothing: a guide, a forecast, a month\u2019s recap, a province\u2019s draw, Australia\u2019s draw', () => {
    const guide = [
      'Gabay: Kasano ti agaplay iti Express Entry?',
      'Daytoy ti ababa a gabay para kadagiti kakailian nga agtrabtrabaho ditoy Canada.',
      'Umuna, aramiden ti profile iti website ti IRCC. Maikadua, urayen ti draw.',
      'Pagarigan, idi Mayo 31, 2023, 4,800 ti naimbitaran ket 488 ti kababaan a CRS.',
    ].join('\n');
    expect(glossForeign(guide)).toContain('For example, on May 31, 2023');
    expect(facts(guide, '2024-01-10')).toEqual([]);
    const forecast = ['Padto: Ania ti sumaruno a CEC draw?', 'Kuna dagiti eksperto a mabalin nga agarup 3,000 nga ITA ti maited iti sumaruno a lawas, ket mabalin a 515 laeng ti kababaan a CRS.'].join(
      '\n',
    );
    expect(glossForeign(forecast)).toContain('the next CEC draw');
    expect(facts(forecast, '2024-02-01')).toEqual([]);
    const recap = [
      'Dagup ti Hunio 2025 iti Express Entry',
      'Uppat a draw ti inangay ti IRCC iti bulan ti Hunio:',
      '- Hunio 2: PNP – 277 nga ITA, CRS 726',
      '- Hunio 4: Healthcare – 500 nga ITA, CRS 504',
      '- Hunio 10: PNP – 125 nga ITA, CRS 784',
      '- Hunio 12: CEC – 3,000 nga ITA, CRS 529',
      'Dagup: 3,902 nga ITA iti intero a bulan.',
    ].join('\n');
    expect(glossForeign(recap)).toContain('June 2025 recap of Express Entry');
    expect(facts(recap, '2025-07-01')).toEqual([]);
    const province = [
      'Damag ti Ontario',
      'Idi Hunio 5, 2025, nangiruar ti gobierno ti Ontario (OINP) iti 1,200 nga imbitasion para kadagiti addaan iti job offer. Ti kababaan a puntos ket 65. Saan daytoy a draw ti Express Entry.',
    ].join('\n');
    expect(glossForeign(province)).toContain('the government of Ontario (OINP) issued 1,200 invitations');
    expect(facts(province, '2025-06-06')).toEqual([]);
    const australia = [
      'Damag ti Australia',
      'Idi Nobiembre 24, 2023, nangiruar ti gobierno ti Australia iti 8,300 nga imbitasion iti SkillSelect. Ti kababaan a puntos ket 65, ket dagiti laeng addaan iti nangato a puntos ti naimbitaran.',
    ].join('\n');
    expect(glossForeign(australia)).toContain('the government of Australia issued 8,300 invitations');
    expect(facts(australia, '2023-11-25')).toEqual([]);
  });

  it('an English page quoting Ilocano words, and a Tagalog post, stay as written; the Ilocano telling is read', () => {
    const english = [
      'Canada invites 3,000 CEC candidates',
      'By Ben Agbayani | May 15, 2025',
      'IRCC held a Canadian Experience Class draw on May 14, inviting 3,000 candidates with a minimum CRS score of 518.',
      'Our readers from Ilocos wrote "Agyaman kami, naimbag a damag daytoy!" when they saw the news.',
    ].join('\n');
    expect(glossForeign(english)).toBe(english);
    const tagalog = [
      'Pinoy sa Canada',
      'Bagong Express Entry draw kahapon! Ang IRCC ay nag-imbita ng 3,000 kandidato sa Canadian Experience Class noong Mayo 14, at ang pinakamababang CRS ay 518. Congrats sa lahat ng nakatanggap ng ITA!',
    ].join('\n');
    expect(glossForeign(tagalog)).toBe(tagalog);
    const ilocano = [
      'Ilokano iti Canada',
      'Baro a draw ti Express Entry idi kalman! Nangiruar ti IRCC iti 3,000 nga ITA kadagiti addaan iti Canadian Experience Class idi Mayo 14, ket ti kababaan a CRS ket 518. Congrats kadagiti amin a nakaawat iti ITA!',
    ].join('\n');
    expect(glossForeign(ilocano)).toContain('IRCC issued 3,000 invitations');
    expect(facts(ilocano, '2025-05-15')).toEqual([['2025-05-14', null, 'cec', 3000, 518, null]]);
  });
});
