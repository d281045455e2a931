import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';

/**
 * Session 36 of the reader (issue 14): each case is the shape of a made-up page (test/parse/made-up/) the reader got wrong
 * (docs/parser.md "Session 36").
 */

const programs = loadPrograms();
const parse = (text: string, published: string) => parseArticle(text, { programs, published }).draws;
const announced = (text: string, published: string) => parse(text, published).filter((d) => d.primary);

describe('"Desde 28 de maio, quando o IRCC convidou 4.500 …, não houve nenhuma nova rodada": the day of the round the clause tells (u7-340)', () => {
  const pt = `Por que não houve rodada do Express Entry nas últimas duas semanas?\nCanadá Descomplicado | 12/06/2026 | Coluna semanal\nDesde 28 de maio, quando o IRCC convidou 4.500 candidatos francófonos com nota de corte de 409, não houve nenhuma nova rodada. Para quem acompanha o Express Entry, duas semanas parecem uma eternidade.\nDica da semana\nAproveite a pausa para revisar seu perfil.`;
  const en = `Why has there been no Express Entry draw for two weeks?\nThe Settler | June 12, 2026\nSince May 28, when IRCC invited 4,500 French-speaking candidates with a cut-off of 409, there has been no new round. Pauses like this are not rare.`;
  it('announces nothing, and the round keeps its own day', () => {
    for (const page of [pt, en]) {
      expect(announced(page, '2026-06-12')).toEqual([]);
      expect(parse(page, '2026-06-12').find((d) => d.invitations === 4500)?.date).toBe('2026-05-28');
    }
  });
  it('"since May 28" alone still gives no round its day', () => {
    const page = `Express Entry pool grows\nThe Settler | June 12, 2026\nSince May 28, 4,500 more candidates have entered the pool, with scores above 409.`;
    expect(parse(page, '2026-06-12').find((d) => d.invitations === 4500)?.date ?? null).not.toBe('2026-05-28');
  });
});
