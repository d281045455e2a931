import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Afrikaans and Kyrgyz draw news (docs/parser.md "Afrikaans and Kyrgyz"): the glossaries of gloss-afrikaans.ts and
 * gloss-kyrgyz.ts rewrite them into the English the reader knows; an English page that quotes a few of their words stays as it
 * is, and a guide, a forecast, a monthly recap or a province's draw announces nothing.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Afrikaans (gloss-afrikaans.ts)', () => {
  it('a news page: "Woensdag 5 Maart", "rondte #338", "2 150 uitnodigings", "minimum CRS-telling van 521", "gelykbreekreël"', () => {
    const page = [
      'Emigrasie-nuus | Kanada',
      'Kanada nooi 2 150 kandidate in nuwe Express Entry-trekking',
      'Deur Annelie Botha | 6 Maart 2025',
      'Woensdag 5 Maart het IRCC rondte #338 gehou, hierdie keer net vir die Kanadese Ervaringsklas (CEC).',
      'Daar is 2 150 uitnodigings uitgestuur, met ’n minimum CRS-telling van 521.',
      'Die gelykbreekreël was 12 Februarie 2025 om 08:15:40 UTC.',
    ].join('\n');
    expect(facts(page, '2025-03-06')).toEqual([['2025-03-05', '338', 'cec', 2150, 521, '2025-02-12']]);
  });

  it('a short post: "trekking #301 vandag – 1 400 uitnodigings, CRS 499"', () => {
    const page = 'Express Entry-nuus: trekking #301 vandag – 1 400 uitnodigings, CRS 499. #Kanada #emigrasie';
    expect(facts(page, '2024-07-02')).toEqual([['2024-07-02', '301', null, 1400, 499, null]]);
  });

  it('"gister", "die 77ste rondte van uitnodigings", "2 500 kandidate is genooi"', () => {
    const page = [
      'Wat is die jongste Express Entry-telling?',
      'Kanada het gister, 13 Desember 2017, die 77ste rondte van uitnodigings gehou. 2 500 kandidate is genooi, en die minimum CRS was 452.',
    ].join('\n');
    expect(facts(page, '2017-12-14')).toEqual([['2017-12-13', '77', 'general', 2500, 452, null]]);
  });

  it('a guide ("Gids") and a monthly recap ("Maandelikse oorsig") announce nothing', () => {
    const guide = [
      'Gids: Hoe kry jy ’n uitnodiging deur Express Entry?',
      'Die heel eerste rondte op 31 Januarie 2015 het slegs 779 mense genooi met ’n minimum van 886 punte.',
      'Stap 1: Skryf ’n taaltoets. Stap 2: Skep jou profiel en wag vir ’n uitnodiging.',
    ].join('\n');
    const recap = [
      'Maandelikse oorsig: Express Entry in Mei 2024',
      'Mei was ’n stil maand vir Express Entry. Hier is ’n opsomming:',
      '13 Mei | 298 | PNP | 2 985 | 676',
      '30 Mei | 299 | CEC | 3 000 | 522',
      'Ons verwag dat IRCC in Junie nie veel trekkings sal hou nie.',
    ].join('\n');
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap)).toContain('Monthly recap');
    expect(facts(guide, '2025-01-20')).toEqual([]);
    expect(facts(recap, '2024-06-03')).toEqual([]);
  });

  it('an English page quoting a few Afrikaans words stays as it is, and a Dutch page is still read as Dutch', () => {
    const english = 'South Africans say "vandag" and "nie" a lot. Canada held an Express Entry draw today: 1,500 invitations, minimum CRS 500.';
    expect(glossForeign(english)).toBe(english);
    expect(glossForeign('Vandag het IRCC 1 500 uitnodigings uitgestuur vir kandidate wat nie in Kanada woon nie.')).toMatch(/^ ?Today\b.*\b1,500 invitations issued for candidates\b.*\bnot\b/);
    const dutch =
      'Canada heeft vandaag een nieuwe Express Entry-trekking gehouden. Er werden 3.000 uitnodigingen verstuurd aan kandidaten met een minimale CRS-score van 480 punten. Het is de derde ronde deze maand.';
    expect(glossForeign(dutch)).toContain('3,000 invitations');
    expect(glossForeign(dutch)).not.toContain('uitnodigings');
  });
});

describe('Kyrgyz (gloss-kyrgyz.ts)', () => {
  it('a news page: "24-февраль, шейшемби — №398 айлампа", "1 250 чакыруу", "минималдуу CRS упайы 515", "Тең упай эрежеси"', () => {
    const page = [
      'Жаңылыктар / Миграция',
      'Канада: Express Entry боюнча жаңы айлампа',
      '25-февраль, 2026-жыл',
      '24-февраль, шейшемби — №398 айлампа, Канадалык тажрыйба классы (CEC): 1 250 чакыруу, минималдуу CRS упайы 515.',
      'Тең упай эрежеси: 2026-жылдын 2-февралы, 11:20:05 UTC.',
    ].join('\n');
    expect(facts(page, '2026-02-25')).toEqual([['2026-02-24', '398', 'cec', 1250, 515, '2026-02-02']]);
  });

  it('"Кечээ, 9-апрелде", "3 200 талапкер чакыруу алды", "эң төмөнкү CRS упайы — 470"; an earlier round ("мурун") is context', () => {
    const page = [
      'Канадага көчүү: 3 200 адамга чакыруу',
      '10.04.2024',
      'Кечээ, 9-апрелде, Канада Express Entry системасында №296 айлампаны өткөрдү. 3 200 талапкер чакыруу алды, эң төмөнкү CRS упайы — 470.',
      'Үч күн мурун PNP айлампасы болгон, анда 1 100 адам чакырылган.',
    ].join('\n');
    expect(facts(page, '2024-04-10')).toEqual([['2024-04-09', '296', null, 3200, 470, null]]);
  });

  it('a forecast ("болжол") and a province\'s draw (Манитоба) announce nothing', () => {
    const forecast = [
      'Канада иммиграциясы: 2025-жылга болжол',
      '28-декабрь, 2024',
      'CEC айлампаларында минималдуу упай 520–540 аралыгында болот деп күтүлөт, мисалы 3-декабрдагы айлампада 1 500 чакыруу 535 упай менен жөнөтүлгөн.',
    ].join('\n');
    const province = [
      'Манитоба провинциясы жаңы тандоо өткөрдү',
      '15-май, 2025',
      'Манитоба провинциясынын талапкерлер программасы (MPNP) 14-майда 412 чакыруу жөнөттү. Минималдуу EOI упайы — 720.',
      'Бул федералдык Express Entry айлампасы эмес.',
    ].join('\n');
    expect(glossForeign(forecast)).toContain('Forecast');
    expect(facts(forecast, '2024-12-28')).toEqual([]);
    expect(facts(province, '2025-05-15')).toEqual([]);
  });

  it('an English page quoting a few Kyrgyz words stays as it is, and a Kazakh or Russian page is not read as Kyrgyz', () => {
    const english = 'In Bishkek, "чакыруу" means invitation and "упай" means points. IRCC invited 2,000 candidates today with a minimum CRS of 510.';
    expect(glossForeign(english)).toBe(english);
    expect(glossForeign('Бүгүн IRCC №390 айлампаны өткөрдү: 2 000 чакыруу, минималдуу упай 510.')).toContain('round #390 held: 2,000 invitations, minimum CRS score 510');
    const kazakh = 'Бүгін IRCC №390 раундты өткізді: 2 000 үміткер шақыру алды, ең төменгі CRS ұпайы 510.';
    expect(glossForeign(kazakh)).toContain('round #390');
    const russian = 'Сегодня IRCC провела раунд №390: 2 000 кандидатов получили приглашения, минимальный балл CRS 510.';
    expect(glossForeign(russian)).not.toContain('Forecast');
  });
});
