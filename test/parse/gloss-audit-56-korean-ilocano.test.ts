import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Audit of the Korean and Ilocano glossaries (docs/parser.md "Korean and Ilocano", "Audit (session 56)"): pages written for the
 * audit, with IRCC's figures, each failing before its fix. Hedged figures, a forecast's question and a bound give no value; an
 * earlier round compared with, a tie-break's zone before its day, a category, a second round of the same day, a short alert.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak ?? null]);

describe('Korean (gloss-korean.ts), session 56', () => {
  it('a forecast: "다음 … 추첨은 언제?" (when is the next draw?), "약 2,000명", "520점 안팎" (about): nothing announced', () => {
    const page = [
      '다음 익스프레스 엔트리 추첨은 언제?',
      '2026년 8월 20일',
      '전문가들은 다음 주 경험이민(CEC) 추첨이 있을 것으로 예상하며 커트라인은 520점 안팎, 초청 인원은 약 2,000명으로 전망했다.',
      '지난 18일 추첨에서는 1,000명이 523점으로 초청장을 받았다.',
    ].join('\n');
    expect(facts(page, '2026-08-20')).toEqual([]);
  });

  it('hedged figures: "4,000명 가까이" (nearly), "커트라인은 500점 이상으로 전해졌다" (500 or more): no count, no cut-off', () => {
    const page = [
      '이민부, 어제 약 4천 명 초청',
      '2026년 3월 3일',
      '연방이민부는 어제 경험이민(CEC) 추첨에서 4,000명 가까이에게 초청장을 보낸 것으로 알려졌다.',
      '정확한 커트라인은 500점 이상으로 전해졌다.',
    ].join('\n');
    const got = facts(page, '2026-03-03');
    expect(got.map((d) => [d[3], d[4]]).filter(([n, s]) => n !== null || s !== null)).toEqual([]);
  });

  it('"커트라인은 475점으로 지난 2월 20일 추첨(467점)보다" (no comma): 475 is the cut-off, 467 the earlier round\u2019s', () => {
    const page = [
      '헬스케어 직군 추첨, 최대 4,000명 초청',
      '2026년 6월 25일',
      '이민부는 25일 보건 의료 분야 추첨을 실시해 4,000명에게 초청장을 보냈다. 커트라인은 475점으로 지난 2월 20일 추첨(467점)보다 8점 올랐다.',
    ].join('\n');
    expect(facts(page, '2026-06-25')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475, null]]);
  });

  it('a tie-break\u2019s zone before its day: "동부시간 기준 2026년 5월 26일 오후 1시 33분 03초" is 17:33:03 UTC', () => {
    const page = [
      '[속보] 제428차 익스프레스 엔트리 추첨',
      '2026년 7월 21일',
      '오늘 실시된 제428차 추첨에서 경험이민(CEC) 지원자 2,000명이 초청장을 받았다. 최저 점수는 516점.',
      '동점자 처리: 동부시간 기준 2026년 5월 26일 오후 1시 33분 03초',
    ].join('\n');
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26T17:33:03Z']]);
  });

  it('"캐나다 근무 경력이 있는 의사" is the physicians\u2019 category', () => {
    const page = ['의사 카테고리 첫 추첨', '2026년 6월 24일', '연방이민부는 24일 캐나다 근무 경력이 있는 의사를 대상으로 첫 추첨을 실시했다. 271명이 초청장을 받았으며 커트라인은 223점이었다.'].join(
      '\n',
    );
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-24', null, 'physicians', 271, 223, null]]);
  });

  it('"같은 날 … 추첨도" (a draw the same day too): the second round of the day is announced ("508점 이상", a bound, no cut-off)', () => {
    const page = [
      '이민부, 하루에 두 번 추첨',
      '2026년 3월 5일',
      '연방이민부는 4일 프랑스어 카테고리 추첨을 실시해 5,500명에게 초청장을 보냈다. 커트라인은 397점이었다.',
      '같은 날 경험이민(CEC) 추첨도 있었는데 4,000명이 508점 이상으로 초청장을 받았다.',
    ].join('\n');
    expect(facts(page, '2026-03-05')).toEqual([
      ['2026-03-04', null, 'french', 5500, 397, null],
      ['2026-03-04', null, 'cec', 4000, null, null],
    ]);
  });
});

describe('Korean (gloss-korean.ts), session 56: labels and zones', () => {
  it('"UTC 기준 2026년 7월 3일 21시 35분 13초" (UTC before the day) keeps its time', () => {
    const page = [
      '경험이민 추첨 3,000명 초청',
      '2026년 8월 6일',
      '캐나다 이민부는 5일(수) CEC 추첨을 열고 3,000명에게 초청장을 발송했다. 최저 점수는 516점이었다.',
      '타이브레이크는 UTC 기준 2026년 7월 3일 21시 35분 13초다.',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', 3000, 516, '2026-07-03T21:35:13Z']]);
  });

  it('"초청 인원 3,000명" (a label, no colon) is the count', () => {
    const page = ['CEC 추첨 결과', '2026-08-06 09:10', '8월 5일 CEC 추첨: 초청 인원 3,000명, 커트라인 516점, 타이브레이크 7월 3일 21:35:13 UTC.'].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', 3000, 516, '2026-07-03T21:35:13Z']]);
  });
});

describe('Ilocano (gloss-ilocano.ts), session 56', () => {
  it('a short alert: "Draw #437 ita nga aldaw" (today) is glossed, its day read', () => {
    const page = ['EE ALERTO 🇨🇦', 'Draw #437 ita nga aldaw: French, 5,000 nga ITA, kababaan a CRS 382. Agyaman kami!'].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, null]]);
  });

  it('"agingga iti 4,000 nga ITA" (up to) and "nasurok a 460" (more than): no count, no cut-off', () => {
    const page = [
      'Healthcare draw ti IRCC',
      'Naipablaak: Pebrero 21, 2026',
      'Idi kalman, Biernes, inangay ti IRCC ti healthcare draw. Agingga iti 4,000 nga ITA ti naited, ket ti kababaan a CRS ket nasurok a 460.',
    ].join('\n');
    const got = facts(page, '2026-02-21');
    expect(got.map((d) => [d[3], d[4]]).filter(([n, s]) => n !== null || s !== null)).toEqual([]);
  });

  it('"bimmaba manipud 508" (down from 508) and "iti alas 18:57:31 UTC" (at): the cut-off and the tie-break\u2019s time', () => {
    const page = [
      'CEC draw: bimmaba ti kababaan a CRS',
      'Naipablaak: Marso 18, 2026',
      'Idi kalman (Martes, Marso 17), nangiruar ti IRCC iti 4,000 nga ITA kadagiti CEC a kandidato. Ti kababaan a CRS ket 507, bimmaba manipud 508 iti napalabas a CEC draw idi Marso 3.',
      'Tie-break rule: Mayo 11, 2025 iti alas 18:57:31 UTC',
    ].join('\n');
    expect(facts(page, '2026-03-18')).toEqual([['2026-03-17', null, 'cec', 4000, 507, '2025-05-11T18:57:31Z']]);
  });
});
