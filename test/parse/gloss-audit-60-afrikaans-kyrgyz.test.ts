import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Afrikaans and Kyrgyz glossaries (docs/parser.md "Afrikaans and Kyrgyz", "Audit (session 60)"): hedged counts
 * read as sure ones, a comparison with the previous round that hid the cut-off, programs the glossaries did not name, the day
 * before yesterday read as an earlier round, and short Kyrgyz pages read as Russian. A wrong value is worse than none: where the
 * page gives no sure value, the field is null.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Afrikaans (gloss-afrikaans.ts)', () => {
  it('hedged counts ("ongeveer", about; "meer as", more than; "tot", up to; "sowat") give no count', () => {
    const about = 'Nuus: gesondheidsorg-trekking\nVandag het IRCC ongeveer 4 000 kandidate in gesondheidsorg genooi. Die minimum CRS-telling was 475.';
    expect(facts(about, '2026-06-25')).toEqual([['2026-06-25', null, 'healthcare', null, 475, null]]);
    const more = 'PNP-trekking vandag\nIRCC het vandag meer as 500 kandidate vir die Provinsiale Genomineerde Program genooi. Die minimum CRS-telling was 768.';
    expect(facts(more, '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', null, 768, null]]);
    const upTo = 'Franse trekking\nVandag het IRCC tot 5 000 Franssprekende kandidate genooi. Die minimum CRS-telling was 382.';
    expect(facts(upTo, '2026-08-19')).toEqual([['2026-08-19', null, 'french', null, 382, null]]);
    const some = 'Vandag het IRCC rondte #425 gehou vir Franssprekende kandidate: sowat 5 000 kandidate is genooi, minimum CRS-telling 420.';
    expect(facts(some, '2026-07-09')).toEqual([['2026-07-09', '425', 'french', null, 420, null]]);
  });

  it('"laer as die 523 in die vorige rondte" (lower than the previous round\'s 523) keeps the cut-off', () => {
    const page = [
      'CEC-trekking: telling daal',
      'Vandag het IRCC rondte #417 vir die Kanadese Ervaringsklas gehou. 3 000 kandidate is genooi.',
      'Die minimum CRS-telling was 518, laer as die 523 in die vorige rondte.',
    ].join('\n');
    expect(facts(page, '2026-05-27')).toEqual([['2026-05-27', '417', 'cec', 3000, 518, null]]);
  });

  it('programs: "vervoerberoepe" (transport), "senior bestuurders" (senior managers), "dokters" (physicians)', () => {
    const transport = 'Vandag het IRCC rondte #434 vir vervoerberoepe gehou: 300 kandidate is genooi, minimum CRS-telling 470.';
    expect(facts(transport, '2026-08-07')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
    const managers = [
      'Vandag het IRCC rondte #426 vir senior bestuurders met Kanadese werkservaring gehou. 500 kandidate is genooi; minimum CRS-telling 392.',
      'Gelykbreekreël: 15 Maart 2026 om 03:46:05 SAST.',
    ].join('\n');
    expect(facts(managers, '2026-07-10')).toEqual([['2026-07-10', '426', 'managers', 500, 392, '2026-03-15']]);
    const doctors = 'Vandag het IRCC rondte #421 vir dokters met Kanadese werkservaring gehou: 271 kandidate is genooi, minimum CRS-telling 223.';
    expect(facts(doctors, '2026-06-24')).toEqual([['2026-06-24', '421', 'physicians', 271, 223, null]]);
  });
});

describe('Kyrgyz (gloss-kyrgyz.ts)', () => {
  it('"Мурдагы күнү" and "Эки күн мурун" are the day before yesterday, not a sentence of an earlier round', () => {
    const page = ['CEC айлампасы: 1 000 чакыруу', 'Мурдагы күнү IRCC Канадалык тажрыйба классы боюнча №436 айлампаны өткөрдү: 1 000 талапкер чакыруу алды, эң төмөнкү CRS упайы 523.'].join('\n');
    expect(facts(page, '2026-08-20')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
    const ago = 'PNP айлампасы\nЭки күн мурун IRCC №403 айлампаны өткөрдү: PNP боюнча 362 талапкер чакыруу алды, минималдуу CRS упайы 742.';
    expect(facts(ago, '2026-03-18')).toEqual([['2026-03-16', '403', 'pnp', 362, 742, null]]);
  });

  it('"бул мурдагы айлампадагы 523 упайдан төмөн" (lower than the previous round\'s 523) keeps the cut-off', () => {
    const page = [
      'CEC айлампасы: упай төмөндөдү',
      'Бүгүн IRCC Канадалык тажрыйба классы боюнча №417 айлампаны өткөрдү. 3 000 талапкер чакыруу алды.',
      'Минималдуу CRS упайы 518 болду, бул мурдагы айлампадагы 523 упайдан төмөн.',
    ].join('\n');
    expect(facts(page, '2026-05-27')).toEqual([['2026-05-27', '417', 'cec', 3000, 518, null]]);
  });

  it('a short page with one or two of its letters (ө, ү, ң) and three kinds of its words is Kyrgyz, not Russian', () => {
    const page = 'Француз тили боюнча айлампа\nБүгүн IRCC француз тилин билген 5 000ге чейин талапкерди чакырды. Минималдуу CRS упайы — 382.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', null, 'french', null, 382, null]]);
  });

  it('"дээрлик" (almost) gives no count; "транспорт кесиптери" is the transport category', () => {
    const almost = 'CEC айлампасы\nБүгүн IRCC Канадалык тажрыйба классы боюнча дээрлик 2 250 талапкерди чакырды. Минималдуу CRS упайы — 509.';
    expect(facts(almost, '2026-03-31')).toEqual([['2026-03-31', null, 'cec', null, 509, null]]);
    const transport = ['Транспорт кесиптери боюнча айлампа', 'Кечээ, жума күнү, IRCC транспорт кесиптери боюнча №434 айлампаны өткөрдү. 300 талапкер чакыруу алды, эң аз упай — 470.'].join('\n');
    expect(facts(transport, '2026-08-08')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
  });
});
