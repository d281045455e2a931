import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Indonesian, Malay and Thai draw news (docs/parser.md "Indonesian, Malay and Thai"): the glossaries of gloss-malay.ts and
 * gloss-thai.ts rewrite them into the English the reader knows; an English page that only names an Indonesian stays as it is.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Indonesian and Malay (gloss-malay.ts)', () => {
  it('an Indonesian news page: a weekday with its numeric day, "putaran ke-352", "Sebanyak 500 kandidat diundang", "Skor CRS minimum … 504 poin"; the earlier round is context', () => {
    const page = [
      'Kanada Kembali Gelar Undian Express Entry untuk Tenaga Kesehatan',
      'Kamis, 12 Juni 2025 09:30 WIB',
      'Jakarta - Immigration, Refugees and Citizenship Canada (IRCC) pada Rabu (11/6/2025) menggelar undian Express Entry putaran ke-352 khusus untuk kandidat di bidang kesehatan.',
      'Sebanyak 500 kandidat diundang untuk mengajukan permohonan izin tinggal tetap. Skor CRS minimum yang dibutuhkan tercatat 504 poin.',
      'Undian sebelumnya pada 2 Juni mengundang 2.500 kandidat dengan skor minimum 510.',
    ].join('\n');
    expect(facts(page, '2025-06-12')).toEqual([['2025-06-11', '352', 'healthcare', 500, 504, null]]);
  });

  it('a Malay newspaper: "semalam" (yesterday) under a "@ 10:15am" byline, "cabutan Express Entry ke-356", "Kelas Pengalaman Kanada", "491 mata" and "peraturan pemecah seri"', () => {
    const page = [
      'Kanada jemput 3,000 calon pemastautin tetap',
      'Oleh Ahmad Faizal',
      'Selasa, 8 Julai 2025 @ 10:15am',
      'OTTAWA: Jabatan Imigresen, Pelarian dan Kewarganegaraan Kanada (IRCC) semalam menjemput 3,000 calon menerusi cabutan Express Entry ke-356 bagi Kelas Pengalaman Kanada (CEC).',
      'Skor minimum Sistem Kedudukan Komprehensif (CRS) bagi cabutan itu ialah 518 mata, manakala peraturan pemecah seri ialah 12 Disember 2024 jam 14:05:33 UTC.',
    ].join('\n');
    expect(facts(page, '2025-07-08')).toEqual([['2025-07-07', '356', 'cec', 3000, 518, '2024-12-12']]);
  });

  it('a Malaysian channel post: "Cabutan #361 baru keluar", "Ogos" (August), a thousand with a point', () => {
    const page = ['Info Imigresen Kanada', 'Cabutan #361 baru keluar! Program: PNP | ITA: 1.015 | CRS minimum: 781 | Tie-break: 3 Ogos 2025, 15:20:11 UTC'].join('\n');
    expect(facts(page)).toEqual([[null, '361', 'pnp', 1015, 781, '2025-08-03']]);
  });
});

describe('Thai (gloss-thai.ts)', () => {
  it('Buddhist-era years, "เมื่อวานนี้" (yesterday), "รอบที่ 350", "เชิญ 2,500 คน", "คะแนนขั้นต่ำ"; "รอบก่อนหน้านี้" (the round before) is context', () => {
    const page = [
      'IRCC ดึง Express Entry รอบที่ 350 สายภาษาฝรั่งเศส',
      'โพสต์เมื่อ 3 มิ.ย. 2568',
      'เมื่อวานนี้ (2 มิ.ย. 2568) IRCC จัดรอบการดึง Express Entry สำหรับผู้ที่มีความสามารถภาษาฝรั่งเศส เชิญ 2,500 คน คะแนนขั้นต่ำ 392 คะแนน',
      'Tie-breaking rule: 10 ม.ค. 2568 เวลา 09:14:51 UTC',
      'รอบก่อนหน้านี้เชิญ 3,500 คน ที่คะแนน 410',
    ].join('\n');
    expect(facts(page, '2025-06-03')).toEqual([['2025-06-02', '350', 'french', 2500, 392, '2025-01-10']]);
  });

  it('a card of labels: "วันที่" (date), "จำนวนคำเชิญ" (number of invitations), "คะแนน CRS ขั้นต่ำ" (minimum CRS score)', () => {
    const page = ['ผลการดึง Express Entry ล่าสุด', 'รอบที่ #349 – วันที่ 16 พฤษภาคม 2568', 'ประเภท: Canadian Experience Class (CEC)', 'จำนวนคำเชิญ (ITA): 1,500', 'คะแนน CRS ขั้นต่ำ: 533'].join('\n');
    expect(facts(page, '2025-05-17')).toEqual([['2025-05-16', '349', 'cec', 1500, 533, null]]);
  });
});

describe('an English page is never glossed', () => {
  it('an Indonesian name, "Mei", "Rabu", "dan" and "baru" in an English report leave it as it is', () => {
    const page = [
      'Canada invites 2,000 CEC candidates',
      'By Putri Wulandari and Dewi Mei Lestari | May 15, 2025',
      'Immigration, Refugees and Citizenship Canada held a Canadian Experience Class draw on May 14, inviting 2,000 candidates with a minimum CRS score of 518.',
      'Our correspondent Rabu Santoso, who met Mei and Dan at the Baru café in Jakarta, says many Indonesian nurses are preparing profiles.',
    ].join('\n');
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-05-15')).toEqual([['2025-05-14', null, 'cec', 2000, 518, null]]);
  });
});
