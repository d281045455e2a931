import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 48 of the reader (issue 14): rules from the made-up sets tuned on (docs/parser.md "Session 48").
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('a dateline with its time before the day (u24-1-09)', () => {
  it('"Philippine Daily Inquirer / 05:08 AM January 31, 2019" is the page\'s day, not the round\'s: "held on Wednesday" is', () => {
    const page = [
      "Canada's Express Entry cutoff falls to 438 in latest draw",
      'By: Jhoanna R. Dizon - Reporter / @JhoannaINQ',
      'Philippine Daily Inquirer / 05:08 AM January 31, 2019',
      'MANILA, Philippines — Canada invited 3,350 skilled workers to apply for permanent residence in its latest Express Entry draw, held on Wednesday (Ottawa time), with the cutoff score dropping to 438.',
      'The lower minimum Comprehensive Ranking System score is good news for Filipino caregivers, nurses and technicians who are already working in Canada, as well as skilled workers at home who have been waiting in the pool.',
      'The draw was the third this month. The previous one, on Jan. 23, invited 3,900 at 443.',
      'Canada aims to admit 330,800 new permanent residents this year, according to its multiyear immigration levels plan.',
      'The Philippine Overseas Employment Administration reminded applicants to deal only with licensed agencies, and warned that Express Entry does not require an agency or an "immigration fee" to create a profile.',
      'Read Next',
      "Canada's new caregiver pilots to open in June",
    ].join('\n');
    expect(facts(page, '2019-01-31')).toEqual([['2019-01-30', null, 'general', 3350, 438, null]]);
  });
});

describe("a forum post's stamp (u24-2-25)", () => {
  it('"rajat_fsw » Sat Mar 21, 2015 12:41 am" is when the post was written: "Draw of yesterday, March 20" is the round\'s day', () => {
    const page = [
      'MapleMove Forums » Express Entry » ITA Club 2015',
      'Topic: 5th EE draw - 1620 invitations, cut-off 481!!!  (Page 1 of 14)',
      '',
      'rajat_fsw » Sat Mar 21, 2015 12:41 am',
      'Guys CIC just updated the page. Draw of yesterday, March 20: 1,620 ITAs, lowest score 481. First time under 500 without a job offer or PNP!!',
      'My score is 476... so close :(',
      '',
      'kiwi_to_calgary » Sat Mar 21, 2015 1:03 am',
      'GOT IT!!! 489 here, FSW, NOC 2171. Email came around 8pm EST, almost missed it.',
      '',
      'Moosejaw2014 » Sat Mar 21, 2015 1:20 am',
      'Compare that to the first ones - 886, then 818, then 735 last month. Massive drop. Seems they finally ran out of the LMIA/PNP people.',
      '',
      'rajat_fsw » Sat Mar 21, 2015 1:35 am',
      '@kiwi congrats man. Lets hope the next one goes to 470.',
      '',
      'Prakash_ON » Sat Mar 21, 2015 2:02 am',
      '476 too. Same boat bro. Retaking IELTS in April just in case.',
      '',
      'Reply • Quote • Report',
      'Board index • The team • Delete all board cookies • All times are UTC - 5 hours',
    ].join('\n');
    expect(facts(page, '2015-03-21')).toEqual([['2015-03-20', '5', 'general', 1620, 481, null]]);
  });
});

describe("a round's heading is no dateline (u2-130, u24-2-25)", () => {
  it('"PNP draw – Monday, August 17: 442 invitations …": the day is the round\'s, not a city\'s dateline', () => {
    const page = [
      'Express Entry update: PNP and CEC draws this week, CEC cut-off at 523',
      'Pakistan Canada Post | Tuesday, August 18, 2026',
      'IRCC has held two new Express Entry draws, on Monday and Tuesday.',
      'PNP draw – Monday, August 17: 442 invitations, minimum CRS 760, tie-break August 7, 2026 at 18:01:56 UTC.',
      'CEC draw – Tuesday, August 18: 1,000 invitations, minimum CRS 523, tie-break August 17, 2026 at 22:09:00 UTC.',
      "The CEC cut-off rose seven points from the previous CEC draw on August 5, when 3,000 candidates were invited at 516. Today's round was also much smaller.",
      'Earlier this month IRCC also held a French-language draw on August 6 (5,000 invitations, CRS 391) and a transport occupations draw on August 7 (300 invitations, CRS 470).',
      'For Pakistani candidates outside Canada without Canadian experience or French, the options remain limited: provincial nomination and the category-based draws (healthcare, trades, transport) are the main routes. A French-language draw may follow later this week if IRCC keeps to its recent pattern.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([
      ['2026-08-17', null, 'pnp', 442, 760, '2026-08-07'],
      ['2026-08-18', null, 'cec', 1000, 523, '2026-08-17'],
    ]);
  });
});

describe('a comment after the clause that tells the round (u28-1-05)', () => {
  it('"… invitations yet on Wednesday, a move employers\' groups say will help …": the "will" is the comment\'s, the day is the round\'s', () => {
    const page = [
      'THE LEDGER | Markets | Economy | Business | Careers | Opinion',
      'Economy',
      'Ottawa widens skilled-immigrant intake as Express Entry bar drops to 434',
      'Thursday, March 2, 2017 — Staff',
      '',
      "Canada's main economic immigration channel handed out its largest batch of invitations yet on Wednesday, a move employers' groups say will help ease shortages in technology and engineering.",
      'The federal immigration department invited 3,884 candidates to apply for permanent residence and set the minimum Comprehensive Ranking System score at 434, the lowest since the system launched two years ago.',
      "The draw continues a steady rise in volume since the fall, when rounds typically topped out at about 1,500 invitations. Ottawa's 2017 levels plan calls for 73,700 admissions in the federal economic programs managed through Express Entry.",
      '"Employers have been telling us for two years that the system was too tight," said the head of a national technology industry association. "A bigger intake and a lower score means more of the people they\'ve already trained here can stay."',
      'Economists note that most invited candidates are already in Canada on temporary permits, so the labour-force effect is mostly a matter of keeping workers rather than adding new ones.',
      'Immigration firms reported a jump in inquiries from workers on post-graduation work permits, who benefited from points awarded for Canadian education under rules introduced in November.',
      'The department does not publish a schedule for draws, but has held them roughly every two weeks.',
      'Related: Tech firms push for faster work permits | Bank of Canada holds rate at 0.5%',
    ].join('\n');
    expect(facts(page, '2017-03-02')).toEqual([['2017-03-01', null, 'general', 3884, 434, null]]);
  });
});

describe("a participle after the round's clause (u28-1-14)", () => {
  it('"… on Saturday invited more than 27,000 …, dropping the required score … in a bid to meet its immigration targets": the targets are the participle\'s, the day the round\'s', () => {
    const page = [
      'THE NATIONAL DAILY',
      'Politics | Canada | World | Business | Investor | Opinion | Arts | Life',
      'Ottawa invites 27,332 immigrants in one day as pandemic halts arrivals',
      'Minimum score drops to 75 in unprecedented Express Entry round',
      'By Marie-Claude Bouchard, Immigration Reporter | OTTAWA | Sunday, February 14, 2021',
      '',
      'The federal government on Saturday invited more than 27,000 temporary residents already in Canada to apply for permanent status, dropping the required score to an unheard-of low in a bid to meet its immigration targets during the COVID-19 pandemic.',
      'The draw, open only to candidates in the Canadian Experience Class, invited 27,332 people — more than five times the size of any previous Express Entry round. The lowest score of an invited candidate was 75 points on the Comprehensive Ranking System, a scale on which the cut-off has almost never dipped below 400.',
      'Immigration, Refugees and Citizenship Canada said the tie-breaking rule was set at Sept. 12, 2020, at 15:31:40 UTC.',
      'In effect, the department invited nearly every CEC candidate in the pool.',
      'Earlier in the week, on Wednesday, the department held a provincial nominee round that invited 654 people with a minimum score of 720.',
      'Immigration Minister Marco Mendicino has said Canada will try to admit 401,000 new permanent residents this year, the most since 1913, even though border restrictions have sharply reduced the number of people arriving from abroad.',
      '"This is a policy of transition rather than immigration," said one Toronto immigration lawyer. "These people already live here. They already pay taxes here."',
      'Critics say the move leaves Federal Skilled Worker candidates waiting abroad, some of whom have not been invited since December.',
      'Candidates invited on Saturday have 60 days to submit a complete application, including medical exams, which may be difficult to schedule during lockdowns.',
      'Comments are closed on this article.',
      'READ MORE: Ottawa extends travel restrictions to March 21',
    ].join('\n');
    expect(facts(page, '2021-02-14')).toEqual([['2021-02-13', null, 'cec', 27332, 75, '2020-09-12']]);
  });
});

describe('"by far the largest … in the history of" after the round\'s own clause (u26-1-13)', () => {
  it('"IRCC on Saturday invited 27,332 …, by far the largest round of invitations in the history of Express Entry": the round itself, not an earlier one', () => {
    const page = [
      'FINANCIAL MERIDIAN',
      'Markets | Economy | Companies | Personal Finance | Opinion',
      'ECONOMY',
      "Ottawa's record 27,332-invitation draw is a bet on immigrants already in Canada",
      'The unprecedented round cut the Express Entry threshold to just 75 points',
      'Jessica Wang',
      'February 15, 2021',
      'In an unusual weekend move, Immigration, Refugees and Citizenship Canada on Saturday invited 27,332 candidates in the Canadian Experience Class to apply for permanent residence, by far the largest round of invitations in the history of Express Entry.',
      'The minimum Comprehensive Ranking System score was 75 points. Round #176 effectively invited every CEC candidate in the pool whose profile was created before the tie-breaking time of Sept. 12, 2020 at 15:31:40 UTC.',
      "Economists said the move reflects the government's determination to reach its target of 401,000 new permanent residents in 2021 despite pandemic travel restrictions that keep many overseas applicants out of the country.",
      '"Ottawa is converting temporary residents into permanent residents because they\'re already here, already working and already paying taxes," said Benjamin Roy, chief economist at a Montreal investment dealer.',
      'Just three days earlier, the department had held a round for provincial nominees that invited 654 candidates with a minimum score of 720.',
      'The CEC is open to people with at least one year of skilled work experience in Canada, many of them former international students.',
      'Employers in technology and finance welcomed the decision, saying it will give workers on expiring permits certainty.',
      'Sponsored content',
      'Is your RRSP ready for 2021?',
    ].join('\n');
    expect(facts(page, '2021-02-15')).toEqual([['2021-02-13', '176', 'cec', 27332, 75, '2020-09-12']]);
  });
});

describe('round numbers on cards and rows (u28-3-38, u24-2-13, u22-2-40, u24-1-35)', () => {
  it("a bot's card \"Round **430** · **July 23, 2026**\" is the round's number and day, not a tag and the page's date", () => {
    const page = [
      '🍁 EE Draw Tracker',
      '#draw-alerts',
      'DrawBot  APP  — 07/23/2026 10:31 AM',
      '🪖 **Skilled Military Recruits, 2026-Version 1**',
      'Round **430** · **July 23, 2026**',
      'Invitations: **4**',
      'Lowest CRS: **368**',
      'Tie-break: June 02, 2026 at 20:11:26 UTC',
      '🫡 12   😂 47   🤯 63',
      'owen_cdn — 07/23/2026 10:34 AM',
      '4?? FOUR invitations lmao',
      'mari_rn — 07/23/2026 10:36 AM',
      "it's for CAF recruits with foreign military training, the pool for that category must be tiny",
    ].join('\n');
    expect(facts(page, '2026-07-23')).toEqual([['2026-07-23', '430', 'military', 4, 368, '2026-06-02']]);
  });
  it('"Foi a rodada de número 128."', () => {
    const page = [
      'Canadá faz rodada exclusiva para profissionais de ofícios (FST)',
      'Blog Maple Brasil — 17 de outubro de 2019',
      '',
      'O governo canadense realizou nesta quarta-feira (16) uma rodada do Express Entry só para candidatos do Federal Skilled Trades Program (FST), voltado a eletricistas, soldadores, cozinheiros, encanadores e outros profissionais de ofícios.',
      '',
      'Foram 500 convites e a nota de corte ficou em 357 pontos. A regra de desempate foi 4 de março de 2019 às 20:36:42 UTC. Foi a rodada de número 128.',
      '',
      'Em maio, a rodada anterior do FST havia convidado outros 500 candidatos, com mínimo de 332 pontos.',
      '',
      'Para participar do FST é preciso ter oferta de emprego de tempo integral ou certificado de qualificação emitido por uma província, além de CLB 5 em fala e compreensão oral.',
      '',
      '📌 Curtiu? Compartilhe com quem sonha em morar no Canadá!',
      'Tags: Express Entry, FST, Trabalho no Canadá',
    ].join('\n');
    expect(facts(page, '2019-10-17')).toEqual([['2019-10-16', '128', 'fst', 500, 357, '2019-03-04']]);
  });
  it('"🔹 Draw 435 — 17 Aug 2026 — Provincial Nominee Program": the dash, cleaned to a hyphen, then a day is no range', () => {
    const page = [
      'Padma Immigration & Student Services — Dhanmondi, Dhaka',
      'Express Entry weekly round-up: PNP, CEC and French draws (17–19 August 2026)',
      '20 August 2026',
      'Three draws in three days this week. Times are given in Bangladesh time (UTC+6) unless stated.',
      '🔹 Draw 435 — 17 Aug 2026 — Provincial Nominee Program',
      'ITAs: 442 | Cut-off: 760 | Tie-break: 08 Aug 2026, 00:01:56 (Dhaka)',
      '🔹 Draw 436 — 18 Aug 2026 — Canadian Experience Class',
      'ITAs: 1,000 | Cut-off: 523 | Tie-break: 18 Aug 2026, 04:09:00 (Dhaka) = 17 Aug 2026, 22:09:00 UTC',
      '🔹 Draw 437 — 19 Aug 2026 — French-language proficiency',
      'ITAs: 5,000 | Cut-off: 382 | Tie-break: 02 Mar 2026, 00:34:05 (Dhaka)',
      'Highlights',
      '• The French cut-off (382) is the lowest French score of 2026.',
      '• The CEC round was smaller than usual, and its tie-break is only hours before the draw — a sign that many profiles sit at exactly 523.',
      '• Total this week: 6,442 invitations.',
      'For Bangladeshi students in Canada: with a PGWP and 1 year of Canadian work, CEC at ~520 is achievable with CLB 9. Learn French to unlock the 380–420 range.',
      '📞 +880 19XX-XXXXXX | Facebook: Padma Immigration',
    ].join('\n');
    expect(facts(page, '2026-08-20')).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760, '2026-08-07'],
      ['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17'],
      ['2026-08-19', '437', 'french', 5000, 382, '2026-03-01'],
    ]);
  });
  it('a row\'s "Mon 15 Sep | #366 | Provincial Nominee Program": the number after a day written day first', () => {
    const page = [
      'Express Entry Weekly Wrap | 15–19 September 2025',
      '19 Sep 2025 · CanPath Immigration Advisors',
      'Three federal rounds this week, including the return of trades.',
      'Mon 15 Sep | #366 | Provincial Nominee Program | 228 ITAs | CRS 746',
      'Wed 17 Sep | #367 | Education occupations | 2,500 ITAs | CRS 462 | tie-break 2025-07-09 04:24:19 UTC',
      'Thu 18 Sep | #368 | Trade occupations | 1,250 ITAs | CRS 505 | tie-break 2024-11-05 22:36:09 UTC',
      'Highlights',
      '- The education round is the biggest one for teachers so far, after 1,000 in May.',
      '- Trades are back for the first time in 2025, although the cut-off of 505 is high for a category round.',
      '- No CEC or French round this week. The last CEC round was on September 3 (1,000 at 534).',
      'Provincial draws this week (not federal rounds)',
      '- Alberta: 512 invitations in the Alberta Express Entry stream (dedicated healthcare pathway), minimum score 301',
      '- BC PNP: 86 invitations for childcare workers',
      '- Saskatchewan: 1,004 invitations through the International Skilled Worker EOI',
      "What's next: we expect a PNP round around September 29 and a CEC round soon after.",
      'Need help? Reply to this email or book a call.',
    ].join('\n');
    expect(facts(page, '2025-09-19')).toEqual([
      ['2025-09-15', '366', 'pnp', 228, 746, null],
      ['2025-09-17', '367', 'education', 2500, 462, '2025-07-09'],
      ['2025-09-18', '368', 'trades', 1250, 505, '2024-11-05'],
    ]);
  });
});

describe('figures in more shapes (u28-4-03, u28-4-12, u26-2-01)', () => {
  it('the Mexican press\'s "4 mil 500 candidatos" is 4,500 (and the round before\'s "mil 280" 1,280)', () => {
    const page = [
      'El Diario Nacional MX',
      'Migración | Estados Unidos | Canadá | Mundo',
      'Canadá invita a 4 mil 500 profesionales STEM a solicitar residencia permanente',
      'Por Andrea Salgado Ruiz | Ciudad de México | 11/04/2024 20:05',
      'El gobierno de Canadá invitó este jueves a 4 mil 500 candidatos con experiencia en ciencia, tecnología, ingeniería y matemáticas (STEM, por sus siglas en inglés) a solicitar la residencia permanente mediante el sistema Express Entry.',
      'De acuerdo con el Departamento de Inmigración, Refugiados y Ciudadanía de Canadá (IRCC), el puntaje mínimo del Sistema de Clasificación Integral (CRS) fue de 491 puntos. La regla de desempate quedó fijada el 25 de febrero de 2024 a las 11:55:12 UTC.',
      'El sorteo llegó apenas un día después de una ronda general, realizada el 10 de abril, en la que se invitó a mil 280 personas con un corte de 549 puntos.',
      'Ingenieros de software, científicos de datos y arquitectos se encuentran entre las ocupaciones elegibles, lo que abre una oportunidad para miles de profesionistas mexicanos que ya trabajan en Canadá o que cuentan con experiencia en México.',
      '"Cada vez más jóvenes ingenieros de Guadalajara y Monterrey nos preguntan por esta vía", comentó una asesora migratoria con licencia en Toronto.',
      'Temas relacionados: Canadá · Visas · Empleo',
    ].join('\n');
    expect(facts(page, '2024-04-11')).toEqual([['2024-04-11', null, 'stem', 4500, 491, '2024-02-25']]);
  });
  it('"Round #1 saw 779 candidates receive an Invitation to Apply"', () => {
    const page = [
      'Hollingsworth & Dhaliwal LLP | Immigration Lawyers',
      'Home | Practice Areas | Our Team | Insights | Contact | Book a Consultation',
      'Insights › Express Entry',
      'The First Express Entry Draw: What a Score of 886 Tells Us',
      'Posted February 2, 2015 by Marcus Hollingsworth, Barrister & Solicitor',
      'On Saturday, January 31, 2015, Citizenship and Immigration Canada (CIC) conducted the very first round of invitations under the new Express Entry system, which opened to candidates on January 1. Round #1 saw 779 candidates receive an Invitation to Apply (ITA) for permanent residence.',
      'The lowest-ranked candidate invited had a Comprehensive Ranking System (CRS) score of 886 points.',
      'Why so high?',
      'A score of 886 is only possible for a candidate who already holds either a provincial nomination (worth 600 points) or a job offer supported by a Labour Market Impact Assessment (also worth 600 points). In other words, every person invited in this first round had one of those two "golden tickets."',
      'We expected this. CIC has said publicly that it would start with candidates who have arranged employment or a nomination, and that the score would come down as the pool grows and as draws become more frequent.',
      'What this means for our clients',
      '- If you are in the pool without a job offer or nomination, do not be discouraged. Your profile remains valid for 12 months.',
      '- Employers should now be planning LMIA applications with Express Entry in mind.',
      '- Candidates who have been nominated by a province through an "enhanced" stream should make sure the nomination has been accepted in their online profile.',
      'We will publish an update after every round. Our lawyers are available for profile reviews.',
      'Tags: Express Entry, CRS, Invitations to Apply, Federal Skilled Worker',
      'Share: Facebook | Twitter | LinkedIn | Email',
      '© 2015 Hollingsworth & Dhaliwal LLP. This article is general information, not legal advice.',
    ].join('\n');
    expect(facts(page, '2015-02-02')).toEqual([['2015-01-31', '1', 'general', 779, 886, null]]);
  });
});

describe('counts in words (u16-1-34, u18-1-39)', () => {
  it('"A thousand invitations · lowest score 479" is 1,000', () => {
    const page = [
      'PR PATHWAYS WEEKLY',
      'Saturday, May 3, 2025 · Issue #212',
      '',
      'Hello PR hopefuls,',
      '',
      'This was a busy week, with three Express Entry rounds and the first-ever round for education occupations.',
      '',
      "━ THIS WEEK'S ROUNDS ━",
      '',
      'Monday, April 28 — Provincial Nominee Program',
      '421 invitations · lowest score 727',
      'Tie-breaking rule: September 09, 2024 at 17:11:19 UTC',
      '',
      'Thursday, May 1 — Education occupations',
      'A thousand invitations · lowest score 479',
      'Tie-breaking rule: August 10, 2024 at 10:35:55 UTC',
      '(teachers, early childhood educators and assistants, instructors of persons with disabilities)',
      '',
      'Friday, May 2 — Healthcare and social services occupations',
      '500 invitations · lowest score 510',
      'Tie-breaking rule: July 21, 2024 at 04:31:17 UTC',
      '',
      '━ LOOKING BACK ━',
      "Two weeks ago (April 14) the PNP round invited 825 at 764, and the last French round (March 21) invited 7,500 at 379. We haven't had a CEC round since early April... sorry, since February 5 (4,000 at 521). Our mistake in last week's issue.",
      '',
      '━ WHAT WE THINK ━',
      'The new 2025 categories are now active. Healthcare was renamed "healthcare and social services" and now includes social workers. With only 500 invitations, the cut-off of 510 was higher than we expected.',
      '',
      '━ READER QUESTION ━',
      '"I\'m an ECE assistant with 8 months of experience. Am I eligible for the education category?" — Yes, if those 8 months were continuous and within the last three years, and your NOC is on the list.',
      '',
      "That's it for this week.",
      '— Team PR Pathways',
      '',
      'Forward | Unsubscribe | Archive',
    ].join('\n');
    expect(facts(page, '2025-05-03')).toEqual([
      ['2025-04-28', null, 'pnp', 421, 727, '2024-09-09'],
      ['2025-05-01', null, 'education', 1000, 479, '2024-08-10'],
      ['2025-05-02', null, 'healthcare', 500, 510, '2024-07-21'],
    ]);
  });
  it('"IRCC invited just four (4) candidates yesterday" is 4', () => {
    const page = [
      '🍁 ExpressEntry Alerts 🍁 (WhatsApp channel)',
      '',
      '24 Jul 2026',
      '',
      '🚨 Round 430 — Skilled military recruits 🚨',
      '',
      'Yes you read correctly. IRCC invited just four (4) candidates yesterday, 23 July, in a round for people recruited by the Canadian Armed Forces.',
      '',
      '➡️ CRS min: 368',
      '➡️ Tie-break: 03 Jun 2026, 01:41:26 AM IST',
      '',
      "This is not relevant for most of you, it's a special category only for CAF recruits from abroad, don't DM us asking how to apply 🙏",
      '',
      'Earlier this week:',
      '• 20 Jul — PNP — 511 — 744',
      '• 21 Jul — CEC — 2,000 — 516',
      '• 22 Jul — French — 5,000 — 399',
      '',
      'Next week probably nothing, IRCC usually take a break after 4 rounds. We will update.',
      '',
      '👍 1.2K  😮 340  😂 95',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([['2026-07-23', '430', 'military', 4, 368, '2026-06-02']]);
  });
});

describe('Spanish and Portuguese shapes (u7-323, u22-4-14)', () => {
  it('"ocupaciones agrícolas y agroalimentarias" is the agriculture category; "los perfiles creados antes del 12 de junio de 2023 a las 10:23:21 UTC" its tie-break', () => {
    const page = [
      'Primera ronda para trabajadores agrícolas: Canadá invita a 600 candidatos con 354 puntos',
      'La Voz Latina de Calgary | Inmigración | viernes 29 de septiembre de 2023',
      'El gobierno de Canadá llevó a cabo ayer, jueves 28 de septiembre, la primera ronda de Express Entry dedicada a las ocupaciones agrícolas y agroalimentarias. Se enviaron 600 invitaciones a candidatos con experiencia en el sector, y el puntaje del último invitado fue de 354 puntos.',
      'Para desempatar, el IRCC tomó en cuenta los perfiles creados antes del 12 de junio de 2023 a las 10:23:21 UTC.',
      'Es el puntaje más bajo de todas las rondas por categoría realizadas hasta ahora. La semana pasada, la primera ronda para ocupaciones del transporte (camioneros, entre otros) pidió 435 puntos para 1.000 invitados.',
      '¿Quiénes califican?',
      'La categoría incluye, por ejemplo, contratistas de servicios agrícolas, supervisores de granjas y carniceros mayoristas y minoristas. Se exigen seis meses de experiencia continua en una de las ocupaciones elegibles en los últimos tres años.',
      'Muchos latinoamericanos que trabajan en granjas y plantas procesadoras de Alberta con permisos temporales podrían beneficiarse, siempre que su ocupación esté en la lista y cumplan los requisitos de idioma del programa correspondiente.',
      'Consejo: revise que el código NOC de su perfil coincida exactamente con sus funciones. Un código equivocado puede dejarlo fuera de una ronda por categoría o, peor aún, provocar el rechazo de la solicitud.',
    ].join('\n');
    expect(facts(page, '2023-09-29')).toEqual([['2023-09-28', null, 'agriculture', 600, 354, '2023-06-12']]);
  });
});

describe('round numbers and compared programs (u4-227, u8-210, p7-308, u28-4-07)', () => {
  it('"Wednesday, December 6 - All programs (#272)": the number after a plural "programs"', () => {
    const page = [
      'Subject: Express Entry is back - three draws this week after a six-week pause',
      'CanMove Weekly Digest | Saturday, December 9, 2023',
      'Good morning,',
      'After six weeks without a single round, IRCC held three Express Entry draws between Wednesday and Friday.',
      '1) Wednesday, December 6 - All programs (#272)',
      '4,750 invitations | minimum CRS 561 | tie-break November 8, 2023 at 06:00:13 UTC',
      '2) Thursday, December 7 - French-language proficiency (#273)',
      '1,000 invitations | minimum CRS 470 | tie-break October 3, 2023 at 04:45:27 UTC',
      '3) Friday, December 8 - STEM occupations (#274)',
      '5,900 invitations | minimum CRS 481 | tie-break September 7, 2023 at 09:24:49 UTC',
      'In total, 11,650 candidates were invited in three days.',
      'What stands out',
      '- The all-program cut-off of 561 is higher than any all-program round in 2022 or 2023. Long pauses let high-scoring profiles build up in the pool.',
      '- The STEM round was the largest category round yet and only the second STEM round ever, after 500 invitations at 486 in July.',
      '- The French round cut-off (470) is much higher than in the summer, when 3,800 were invited at 375 in July.',
      'For comparison, the last rounds before the pause were on October 25 (French, 300 at 486) and October 26 (healthcare, 3,600 at 431).',
      'Reader question of the week',
      '"My score is 475 and I work as a software developer. Why wasn\'t I invited on Friday?" - The STEM category in 2023 covered a specific list of occupations. Check that your NOC is on the list and that you have six months of continuous experience in it within the last three years. If both are true, you may simply be just under the cut-off.',
      'See you next Saturday,',
      'The CanMove team',
    ].join('\n');
    expect(facts(page, '2023-12-09')).toEqual([
      ['2023-12-06', '272', 'general', 4750, 561, '2023-11-08'],
      ['2023-12-07', '273', 'french', 1000, 470, '2023-10-03'],
      ['2023-12-08', '274', 'stem', 5900, 481, '2023-09-07'],
    ]);
  });
  it('"This was round number 128 and only candidates eligible for the FSTP could be invited": the number comes before the "could"', () => {
    const page = [
      'Federal Skilled Trades Draw: 500 Tradespeople Invited With Scores as Low as 357',
      'Blog | Okafor Immigration Law Professional Corporation | October 17, 2019',
      'Immigration, Refugees and Citizenship Canada held a round of invitations for the Federal Skilled Trades Program on October 16, 2019. This was round number 128 and only candidates eligible for the FSTP could be invited.',
      '- Number of invitations: 500',
      '- CRS score of lowest-ranked candidate invited: 357',
      '- Tie-breaking rule: March 4, 2019 at 20:36:42 UTC',
      'The previous trades-only draw was held on May 15, 2019, when 500 candidates were invited with a minimum of 332 points. The cut-off has therefore climbed 25 points in five months, a sign that more tradespeople are entering the pool.',
      "By comparison, the last all-program draw on October 2 required 464 points, more than 100 points higher than today's trades draw. This shows why tradespeople should always check whether they meet FSTP requirements, even if they also qualify for other programs.",
      'To be eligible for the FSTP, candidates need at least two years of full-time work in a skilled trade in the past five years, CLB 5 for speaking and listening and CLB 4 for reading and writing, and either a full-time job offer for at least one year or a certificate of qualification issued by a Canadian province or territory.',
    ].join('\n');
    expect(facts(page, '2019-10-17')).toEqual([['2019-10-16', '128', 'fst', 500, 357, '2019-03-04']]);
  });
  it('"Le précédent record … : 3 800 invitations" is an earlier round, so "la 282e ronde" goes to the news', () => {
    const page = [
      'Record : 7 000 francophones invités à immigrer au Canada',
      'Radio Francophonie | 2 février 2024',
      "C'est du jamais vu pour les francophones : Immigration, Réfugiés et Citoyenneté Canada a émis hier, jeudi 1er février, 7 000 invitations à présenter une demande de résidence permanente lors d'un tirage réservé aux candidats maîtrisant le français. Le score minimal exigé était de 365 points au Système de classement global.",
      'Le précédent record pour cette catégorie datait du 12 juillet 2023 : 3 800 invitations, avec un seuil de 375 points.',
      "Le départage s'est fait au 8 septembre 2023 à 09:47:27 UTC. Il s'agit de la 282e ronde d'invitations d'Entrée express.",
      "Pour les organismes francophones hors Québec, ce tirage est une bonne nouvelle : la cible de 6 % d'immigrants d'expression française en 2024 semblait difficile à atteindre sans un coup d'accélérateur.",
    ].join('\n');
    expect(facts(page, '2024-02-02')).toEqual([['2024-02-01', '282', 'french', 7000, 365, '2023-09-08']]);
  });
  it('"bien en deçà des quelque 460 points requis dans les rondes ouvertes à tous les programmes" compares; "Lors de la précédente ronde de ce genre" is the round before', () => {
    const page = [
      'Radio Nord-Est | Info',
      'Ottawa invite 500 gens de métier à immigrer au pays',
      'Publié le 16 octobre 2019',
      "Le gouvernement fédéral a lancé mercredi une ronde d'invitations réservée au Programme des travailleurs de métiers spécialisés (fédéral), une première depuis le printemps.",
      'Cinq cents candidats — électriciens, soudeurs, mécaniciens ou cuisiniers — ont été invités à présenter une demande de résidence permanente. Le score minimal exigé était de 357 points, bien en deçà des quelque 460 points requis dans les rondes ouvertes à tous les programmes.',
      'Selon la règle de départage, seuls les candidats à 357 points ayant soumis leur profil avant le 4 mars 2019 à 20:36:42 UTC ont été retenus.',
      'Lors de la précédente ronde de ce genre, en mai, le seuil était de 332 points.',
      "Des employeurs de la région, notamment dans le secteur de la construction, saluent la mesure mais rappellent que la pénurie de main-d'œuvre reste criante.",
      'Avec les informations de La Presse canadienne',
    ].join('\n');
    // "Cinq cents candidats" (French words for 500) is not read yet.
    expect(facts(page, '2019-10-16')).toEqual([['2019-10-16', null, 'fst', null, 357, '2019-03-04']]);
  });
});

describe('u30: wrong values mended (u30-1-03, u30-2-24, u30-3-06, u30-4-04)', () => {
  it('Tagalog "mas mataas ito kaysa sa nakaraang draw … kumuha ng provincial nomination": the previous draw\'s sentence gives the news no program (and its 472 stays)', () => {
    const page = [
      'BALITA GLOBAL | Pinoy Abroad',
      'Canada, nag-imbita ng 3,200 sa Express Entry draw #132',
      'Video | 1:48',
      'ANCHOR (Rhea Villanueva): Para sa ating mga kababayang gustong mag-migrate sa Canada: another Express Entry draw was held on December 11, 2019.',
      'REPORTER (Jun Malabanan): Sa Express Entry draw #132, nag-imbita ang Immigration, Refugees and Citizenship Canada ng 3,200 candidates para mag-apply ng permanent residence. Ang pinakamababang CRS score na na-imbita ay 472 points.',
      'REPORTER: Ayon sa mga consultant, mas mataas ito kaysa sa nakaraang draw, kaya payo nila: pagbutihin ang IELTS score at kumuha ng provincial nomination kung kaya.',
      'ANCHOR: Maraming salamat, Jun.',
      'Watch more: Pinoy Abroad | OFW Stories | Balita Global',
    ].join('\n');
    expect(facts(page, undefined)).toEqual([['2019-12-11', '132', 'general', 3200, 472, null]]);
  });
  it('"July 12, 2023 · Admin · Canada PR" is a byline: "yesterday, Tuesday" is the round\'s day', () => {
    const page = [
      'NaijaToCanada Travel & Immigration Consult',
      'Home  Visas  Canada PR  Study Abroad  Contact',
      'EXPRESS ENTRY: IRCC INVITES 800 CANDIDATES IN ALL-PROGRAM DRAW',
      'July 12, 2023 · Admin · Canada PR',
      "Canada's immigration department held another all-program Express Entry draw yesterday, Tuesday, issuing 800 invitations to apply (ITAs) for permanent residence.",
      'The lowest-ranked candidate invited had a CRS score of 505. The tie-breaking rule was 1 October 2022 at 07:13 WAT (Lagos time).',
      'The cut-off is 6 points below the July 4 all-program round (700 ITAs at 511), which is a relief for many of our clients sitting around 505-510. Remember that the first STEM category round on July 5 invited 500 people at 486.',
      'How Nigerians can improve their CRS:',
      '1. Retake IELTS — moving from CLB 8 to CLB 9 can add up to 50 points with a degree and foreign work experience.',
      "2. Get your spouse's ECA and language test done.",
      '3. Consider a provincial nomination (600 points).',
      'Need help? Visit our office at Allen Avenue, Ikeja or send a DM.',
      'Share this:  Facebook  Twitter  WhatsApp',
      'Like this: Loading...',
    ].join('\n');
    expect(facts(page, '2023-07-12')).toEqual([['2023-07-11', null, 'general', 800, 505, '2022-10-01']]);
  });
  it('"Tie-breaking rule ki hai? | 8 Nov 2017": the title asks about the rule; the page\'s day is no tie-break', () => {
    const page = [
      'Express Entry Draw #77 | 2000 ITA | CRS 458 | Tie-breaking rule ki hai? | 8 Nov 2017',
      'PunjabToCanada Vlogs',
      '14,208 views • Nov 9, 2017',
      '👍 612  👎 9  SHARE  SAVE',
      'Sat Sri Akal doston! 🙏',
      'Kal 8 November nu Express Entry da 77th draw hoya. Is vaar 2,000 ITAs bhejiyan gayian te cut-off CRS 458 si.',
      'Sab ton vaddi gall — pehli vaari IRCC ne "tie-breaking rule" use keeta. Matlab 458 score waale sab nu ITA nahi mileya, sirf ohna nu jinha ne apni profile 23 October 2017 15:58:27 UTC ton pehlan submit keeti si. Video vich main detail naal samjhaya hai.',
      'Pichhle hafte (1 November) PNP te FST de alag draws hoye si, oh vi video de end vich cover kitte ne.',
      '⏱ Timestamps',
      '0:00 Intro',
      '0:45 Draw #77 details',
      '3:10 Tie-breaking rule explained',
      '7:30 Meri CRS 452 hai, hun ki kariye?',
      '10:05 IELTS tips for 8777',
      'Channel nu SUBSCRIBE karo te bell icon daba deo 🔔',
      'WhatsApp group link comment vich 👇',
      '#ExpressEntry #CanadaPR #PunjabToCanada #CRS #ITA',
    ].join('\n');
    expect(facts(page, '2017-11-09')).toEqual([['2017-11-08', '77', 'general', 2000, 458, null]]);
  });
  it('"une première ronde pour les médecins, puis 4 000 invitations en santé": the headline tells two rounds', () => {
    const page = [
      'Entrée express : une première ronde pour les médecins, puis 4 000 invitations en santé',
      'Publié le 20 février 2026',
      'Société | Immigration',
      "Ottawa passe à la vitesse supérieure pour recruter des professionnels de la santé. Jeudi 19 février, Immigration, Réfugiés et Citoyenneté Canada (IRCC) a tenu la toute première ronde Entrée express réservée aux médecins ayant une expérience de travail au Canada (ronde 397) : 391 invitations ont été lancées, avec une note minimale d'à peine 169 points.",
      "Un score aussi bas s'explique par la taille réduite du bassin admissible : la catégorie ne vise que les médecins qui ont déjà exercé au pays, souvent avec un permis d'exercice restreint.",
      "Le lendemain, vendredi 20 février, une ronde pour les professions de la santé et des services sociaux (ronde 398) a permis d'inviter 4 000 candidats, avec une note minimale de 467.",
      "« On parle d'infirmières, de préposés, de travailleurs sociaux, de pharmaciens », énumère l'avocate en immigration Marie-Ève Côté. « Pour les régions qui peinent à garder leurs urgences ouvertes, c'est une bonne nouvelle, mais encore faut-il que les ordres professionnels suivent. »",
      "Le Québec n'est pas concerné par ces invitations.",
      'Partager',
      'À lire aussi',
      "Urgences : les temps d'attente toujours au-dessus des cibles",
    ].join('\n');
    expect(facts(page, '2026-02-20').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2026-02-19', '397', 'physicians', 391, 169, null],
      ['2026-02-20', '398', 'healthcare', 4000, 467, null],
    ]);
  });
});

describe('u30: days and figures (u30-1-02, u30-1-15, u30-1-27, u30-1-30)', () => {
  it('a tracker\'s "NEW -- Tuesday, 18 August 2026" and "Monday, 17 August 2026" date the rows under them', () => {
    const page = [
      'CanMigrate Hub',
      'Express Entry draw tracker -- LIVE',
      'Last updated: 18 August 2026, 08:20 ET',
      'We update this page as soon as IRCC publishes a new round of invitations.',
      'NEW -- Tuesday, 18 August 2026',
      'Draw #436 | Canadian Experience Class | 1,000 ITAs | minimum CRS 523 | tie-break: 17 August 2026, 22:09:00 UTC',
      'Monday, 17 August 2026',
      'Draw #435 | Provincial Nominee Program | 442 ITAs | minimum CRS 760 | tie-break: 07 August 2026, 18:01:56 UTC',
      'Our take: The CEC cut-off is up from the previous CEC round earlier this month, which needed 516 points, and the invitation count is the smallest for a CEC draw in months. A French-language round is likely later this week if IRCC follows its usual pattern.',
      'Get draw alerts by email | Calculate your CRS',
      'Comments are closed.',
    ].join('\n');
    expect(facts(page, '2026-08-18').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760, '2026-08-07'],
      ['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17'],
    ]);
  });
  it('"Just a short while ago, Canada held a STEM-specific Express Entry draw" is today', () => {
    const page = [
      'India Now TV | NRI Desk',
      'Canada holds STEM draw: 4,500 invited, cut-off 491',
      '11 April 2024, 7:40 PM IST',
      'Video transcript:',
      'ANCHOR: Big news for Indian tech professionals hoping to move to Canada. Just a short while ago, Canada held a STEM-specific Express Entry draw -- 4,500 invitations, with a minimum CRS score of 491. This comes a day after a general draw that invited 1,280 candidates at 549. Our correspondent says many software engineers in the pool who were stuck below 549 will have received ITAs today.',
      'Watch full video | Subscribe',
    ].join('\n');
    expect(facts(page, '2024-04-11')).toEqual([['2024-04-11', null, 'stem', 4500, 491, null]]);
  });
  it('"369 points …, up slightly from the 357 points required in the previous CEC-only draw": the second figure is the round before\'s', () => {
    const page = [
      'THE MANILA COURIER',
      'Pinoy Abroad',
      'Canada picks 4,500 more CEC candidates in Express Entry draw #196',
      'By Jerome Catapang',
      'July 10, 2021',
      'Canada issued 4,500 invitations to apply (ITAs) for permanent residence to candidates in the Canadian Experience Class (CEC) on July 8, its 196th Express Entry draw.',
      'The lowest score among those invited was 369 points in the Comprehensive Ranking System (CRS), up slightly from the 357 points required in the previous CEC-only draw on June 24.',
      'The draw followed a round on July 7 that invited 627 provincial nominees.',
      'The CEC stream benefits many Filipino workers who are already in Canada on work permits, including those who came as caregivers, food service supervisors and retail managers.',
      'Canada has held CEC-only draws every two weeks since early this year, as the pandemic continues to limit the entry of new immigrants from abroad.',
      'Filipino community groups in Winnipeg and Calgary have urged Ottawa to also open a pathway for workers whose jobs are not classified as skilled.',
      'Tags: Canada, immigration, OFW, Express Entry',
    ].join('\n');
    expect(facts(page, '2021-07-10')).toEqual([['2021-07-08', '196', 'cec', 4500, 369, null]]);
  });
  it('"UPDATE (Thursday, Sept. 18): … on Thursday" on a page first published on the 17th: the Thursday is the 18th', () => {
    const page = [
      'NORTHERN BUSINESS REVIEW',
      'Careers | Immigration',
      'Express Entry: Canada invites teachers, tradespeople in back-to-back category draws',
      'Updated Sept. 18, 2025 at 11:05 a.m. ET | Originally published Sept. 17, 2025 at 2:10 p.m. ET',
      'By Jordan Whitaker',
      'UPDATE (Thursday, Sept. 18): Immigration, Refugees and Citizenship Canada held a second category-based draw on Thursday, this time for trade occupations. Round 368 invited 1,250 candidates, with a minimum Comprehensive Ranking System score of 505.',
      'Our original story follows.',
      'Canada invited 2,500 candidates working in education occupations to apply for permanent residence on Wednesday, Sept. 17, in the second Express Entry draw this year for the education category.',
      'The draw, round 367, had a minimum CRS score of 462. The tie-breaking rule was July 9, 2025 at 04:24:19 UTC.',
      'The education category, added this year, covers elementary and secondary school teachers, early childhood educators and instructors of persons with disabilities -- jobs that school boards across the country have struggled to fill.',
      'Employers\' groups welcomed the move. "Provinces have been telling Ottawa for two years that they cannot staff classrooms and daycares," said an official with a national business association.',
      'Economists have noted that federal immigration levels for 2025 are lower than in recent years, meaning category draws come at the expense of general rounds.',
      'Subscribe to the Morning Brief newsletter',
    ].join('\n');
    expect(facts(page, '2025-09-18').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2025-09-17', '367', 'education', 2500, 462, '2025-07-09'],
      ['2025-09-18', '368', 'trades', 1250, 505, null],
    ]);
  });
});

describe('u30: a look back, a sign, a channel post (u30-1-38, u30-2-23, u30-2-33)', () => {
  it('"A year after Canada\'s 27,332-invitation draw, skilled workers abroad are still waiting": a look back announces nothing (not the PNP round of 12 days before it tells)', () => {
    const page = [
      'THE NORTHERN CHRONICLE',
      'World | Canada',
      "A year after Canada's 27,332-invitation draw, skilled workers abroad are still waiting",
      'Monday 14 February 2022 07.00 GMT',
      'By Helen Maguire',
      'On 13 February last year, Canada did something it had never done before: it invited 27,332 people to apply for permanent residence in a single Express Entry draw, with a minimum score of just 75 points.',
      'The round was restricted to the Canadian Experience Class - people already working in Canada - and was designed to keep immigration numbers up while the pandemic kept borders largely closed.',
      'It worked, for those already in Canada. Many of them have since become permanent residents. But for skilled workers abroad, including several thousand in Britain, the year since has been one of waiting.',
      'Since September, Canada has held Express Entry draws only for provincial nominees. The most recent, on 2 February, invited 1,070 candidates with a minimum score of 674. Federal Skilled Worker candidates have not been invited since December 2020.',
      '"I\'ve had a profile in the pool for two years. My score is 492, which would have been enough in almost any round before Covid," said a software tester from Leeds.',
      'Immigration officials have blamed a large backlog of applications, which they say must be cleared before general draws resume.',
      'Comments (58) | Most viewed',
    ].join('\n');
    expect(facts(page, '2022-02-14')).toEqual([]);
  });
  it('"421 ITAs, CRS ≥ 727": the sign is the cut-off\'s', () => {
    const page = [
      'SaigonMaple Immigration — Bản tin tuần / Weekly bulletin',
      'Saturday, 03/05/2025',
      'EXPRESS ENTRY THIS WEEK: 3 rounds, 1,921 invitations',
      'Monday 28/04 – Provincial Nominee Program: 421 ITAs, CRS ≥ 727',
      'Thursday 01/05 – Education occupations (first-ever education round): 1,000 ITAs, CRS ≥ 479',
      'Friday 02/05 – Healthcare and social services: 500 ITAs, CRS ≥ 510',
      'Comment',
      'The new education category includes early childhood educators and assistants (NOC 42202, 43100) — an occupation many Vietnamese international students in Canada work in. The healthcare round was small, with a higher cut-off than in 2024.',
      'No CEC round has been held since early February, so candidates in Canada are still waiting.',
      'Hotline / Zalo: 09xx xxx xxx',
      'Hủy đăng ký (Unsubscribe)',
    ].join('\n');
    expect(facts(page, '2025-05-03').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2025-04-28', null, 'pnp', 421, 727, null],
      ['2025-05-01', null, 'education', 1000, 479, null],
      ['2025-05-02', null, 'healthcare', 500, 510, null],
    ]);
  });
  it('"#430 Skilled Military Recruits: 4 ITAs": a line that opens with the number, then the category', () => {
    const page = ['🍁 EE Draw Alerts (Lahore) — 23 Jul 2026', '#430 Skilled Military Recruits: 4 ITAs | CRS 368 | tie-break 02-Jun-2026 20:11 UTC'].join('\n');
    expect(facts(page, '2026-07-23')).toEqual([['2026-07-23', '430', 'military', 4, 368, '2026-06-02']]);
  });
});

describe('u30: Portuguese posts and articles (u30-4-01, u30-4-06, u30-4-38)', () => {
  it('an Instagram post\'s "📅 11/12/2025" on a page that writes "12 de dezembro de 2025": day first', () => {
    const page = [
      'canadadescomplicado',
      'Canadá • Imigração • Dicas',
      '🚨 NOVO SORTEIO EXPRESS ENTRY 🚨',
      '📅 11/12/2025',
      '🏥 Saúde e serviços sociais',
      '📨 1.000 convites',
      '🎯 CRS mínimo: 476',
      'Marca aquele amigo da enfermagem que tá sonhando com o Canadá! 👇',
      '#expressentry #canada #imigracao #enfermagem #saude',
      'Curtido por juliamoraes_ e outras 1.284 pessoas',
      '12 de dezembro de 2025',
    ].join('\n');
    expect(facts(page, '2025-12-12')).toEqual([['2025-12-11', null, 'healthcare', 1000, 476, null]]);
  });
  it('"emitiu 3.300 convites, com 454 pontos como mínimo exigido"', () => {
    const page = [
      'Emigração',
      'Canadá emite 3.900 convites de residência permanente em dois dias',
      '21 ago 2020, 08:47',
      'Lusa / Redação',
      'O Canadá realizou esta semana duas rondas do sistema de imigração Express Entry, apesar das restrições de viagem impostas pela pandemia de covid-19.',
      'Na quarta-feira, 19 de agosto, uma ronda reservada a candidatos do Programa de Nomeados Provinciais (PNP) convidou 600 pessoas, com uma pontuação mínima de 771 pontos no sistema de classificação CRS.',
      'No dia seguinte, quinta-feira, a ronda dirigida à Canadian Experience Class (CEC), que abrange quem já tem experiência de trabalho no Canadá, emitiu 3.300 convites, com 454 pontos como mínimo exigido.',
      'Segundo dados do Observatório da Emigração, vivem no Canadá mais de 400 mil pessoas de origem portuguesa, concentradas sobretudo em Toronto e Montreal. Associações da comunidade dizem receber cada vez mais pedidos de informação de jovens qualificados, sobretudo enfermeiros e engenheiros.',
      'O governo canadiano mantém o objetivo de admitir mais de 340 mil novos residentes permanentes em 2020, meta que os analistas consideram difícil de atingir.',
      'Partilhar   Comentar   Guardar',
      'Mais lidas',
      'Covid-19: Portugal regista 290 novos casos',
      'Emigrantes: remessas caem 8% no primeiro semestre',
    ].join('\n');
    expect(facts(page, '2020-08-21').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2020-08-19', null, 'pnp', 600, 771, null],
      ['2020-08-20', null, 'cec', 3300, 454, null],
    ]);
  });
  it('"convidou 600 candidatos, com apenas 354 pontos exigidos"', () => {
    const page = [
      'Canadá: três rondas Express Entry em três dias, incluindo agricultura',
      '29.09.2023 às 10h12',
      'Sofia Marques',
      'O Canadá fez esta semana três rondas do Express Entry, o sistema que gere os pedidos de residência permanente de trabalhadores qualificados.',
      'Na terça-feira (26), uma ronda geral, aberta a todos os programas, enviou 3.000 convites, com pontuação mínima de 504 no CRS.',
      'Na quarta-feira (27), foi a vez dos candidatos com bom domínio do francês: 500 convites e um mínimo de 472 pontos.',
      'Na quinta-feira (28), a primeira ronda de sempre dedicada ao setor agrícola e agroalimentar convidou 600 candidatos, com apenas 354 pontos exigidos.',
      'Os convites por categoria, introduzidos em junho, visam profissões com falta de mão de obra: saúde, ciências e tecnologia (STEM), ofícios, transportes e agricultura, além do francês.',
      'Para os portugueses, o francês pode ser uma vantagem: quem tiver nível B2 ou superior soma pontos extra e pode entrar nas rondas francófonas.',
      'Partilhe este artigo',
      'Relacionados: Emigrar para o Canadá: o que precisa de saber | Salários de enfermeiros no Ontário',
    ].join('\n');
    expect(facts(page, '2023-09-29').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2023-09-26', null, 'general', 3000, 504, null],
      ['2023-09-27', null, 'french', 500, 472, null],
      ['2023-09-28', null, 'agriculture', 600, 354, null],
    ]);
  });
});

describe('u30: French table, Spanish record and comparison (u30-4-18, u30-4-07, u30-4-33)', () => {
  it('a French table whose cut-off column is "Note min." and whose general round is "Tous programmes": the week\'s four rounds', () => {
    const page = [
      'Immigration Québec-Canada Conseil',
      'Infolettre — Récapitulatif hebdomadaire',
      'Entrée express : une semaine historique, quatre rondes dont trois ciblées',
      '7 juillet 2023',
      "Quelle semaine ! Après la toute première ronde par catégorie (santé, le 28 juin), IRCC a enchaîné cette semaine quatre rondes d'invitations en quatre jours.",
      'Date | Ronde | Type | Invitations | Note min. | Départage (UTC)',
      '4 juillet 2023 | 253 | Tous programmes | 700 | 511 | 1er juillet 2023, 09:31:32',
      '5 juillet 2023 | 254 | Professions STIM | 500 | 486 | voir note',
      '6 juillet 2023 | 255 | Professions de la santé | 1 500 | 463 | 19 juin 2023, 06:41:05',
      '7 juillet 2023 | 256 | Compétences en français | 2 300 | 439 | 20 janvier 2023, 17:18:32',
      "Note : pour la ronde STIM, IRCC a appliqué la règle de départage au profil créé avant le 22 novembre 2022 à 19 h 01 min 29 s, heure de l'Est (HNE).",
      'Notre analyse',
      "La ronde francophone de vendredi est sans doute la plus importante pour notre clientèle : avec 439 points, un candidat de 30 ans, titulaire d'une maîtrise et avec un NCLC 7 en français et un anglais intermédiaire, pouvait être invité. Rappelons que le français rapporte jusqu'à 50 points supplémentaires.",
      "Les rondes STIM et santé visent des listes précises de professions (CNP 2021). Vérifiez que votre code CNP figure sur la liste et que vous avez au moins 6 mois d'expérience continue dans cette profession au cours des 3 dernières années.",
      'Vous pensez être admissible ? Écrivez-nous.',
      'Se désabonner | Voir dans le navigateur',
    ].join('\n');
    expect(facts(page, '2023-07-07').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2023-07-04', '253', 'general', 700, 511, '2023-07-01'],
      ['2023-07-05', '254', 'stem', 500, 486, '2022-11-23'],
      ['2023-07-06', '255', 'healthcare', 1500, 463, '2023-06-19'],
      ['2023-07-07', '256', 'french', 2300, 439, '2023-01-20'],
    ]);
  });
  it('"hasta ahora, el récord era de 5,000 invitaciones" is a record of before, so the tie-break line after it is the news round\'s', () => {
    const page = [
      'Inicio > Noticias > Canadá',
      '¡Histórico! Canadá invita a 27,332 candidatos con sólo 75 puntos CRS',
      'Por Alejandra Ríos · 14 febrero, 2021 · Noticias, Canadá · 45 comentarios',
      'En una decisión sin precedentes, Inmigración, Refugiados y Ciudadanía Canadá (IRCC) llevó a cabo este sábado 13 de febrero la ronda #176 de Express Entry, exclusiva para candidatos de la Canadian Experience Class (CEC). Se emitieron 27,332 invitaciones (ITA), con un puntaje mínimo de apenas 75 puntos.',
      'Es la ronda más grande en la historia del sistema: hasta ahora, el récord era de 5,000 invitaciones. Prácticamente todos los candidatos CEC que estaban en el banco recibieron su invitación.',
      'Regla de desempate: 12/09/2020 a las 15:31:40 UTC.',
      '¿Por qué lo hizo Canadá? Con las fronteras cerradas por la pandemia, el gobierno apuesta por quienes ya viven y trabajan en el país para cumplir su meta de 401,000 nuevos residentes permanentes en 2021.',
      'Fecha | Programa | Invitaciones | CRS mínimo',
      '13/02/2021 | CEC | 27,332 | 75',
      'Si eres mexicano y estás en Canadá con un permiso de trabajo, revisa tu cuenta: tienes 60 días para enviar la solicitud completa.',
      'Compartir:  f  t  in  WhatsApp',
      'Artículos relacionados',
      'Permiso de trabajo post-graduación: nueva extensión',
      '¿Qué es el NOC y cómo encontrar el tuyo?',
    ].join('\n');
    expect(facts(page, '2021-02-14')).toEqual([['2021-02-13', '176', 'cec', 27332, 75, '2020-09-12']]);
  });
  it('"A diferencia de la ronda PNP del lunes 15 de septiembre (228 invitaciones, 746 puntos)": a round set against the news is no news', () => {
    const page = [
      'Express Entry: dos rondas por categoría en 48 horas para docentes y oficios',
      '19 de septiembre de 2025 · Noticias Canadá · Por Fernanda Ochoa',
      'Guadalajara.- Canadá realizó esta semana dos rondas de Express Entry por categoría, una buena noticia para maestros, educadoras y técnicos mexicanos.',
      '▶ Miércoles 17: ocupaciones de educación — 2,500 invitaciones, CRS mínimo 462. Desempate: 9 de julio de 2025, 04:24:19 UTC.',
      '▶ Jueves 18: ocupaciones de oficios (trades) — 1,250 invitaciones, CRS mínimo 505. Desempate: 5 de noviembre de 2024, 22:36:09 UTC.',
      'A diferencia de la ronda PNP del lunes 15 de septiembre (228 invitaciones, 746 puntos), estas rondas no exigen una nominación provincial, sólo experiencia en una ocupación elegible.',
      'La de educación es apenas la segunda de su tipo, tras la primera ronda de mayo. En oficios, el puntaje sigue alto porque IRCC concentró las invitaciones en candidatos con experiencia canadiense.',
      'Consejo: si eres electricista, soldador o carpintero, revisa que tu código NOC 2021 aparezca en la lista vigente de oficios.',
      'Compartir: WhatsApp | Facebook | X',
      'Lo más leído: ¿Cuánto gana un soldador en Alberta?',
    ].join('\n');
    expect(facts(page, '2025-09-19').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2025-09-17', null, 'education', 2500, 462, '2025-07-09'],
      ['2025-09-18', null, 'trades', 1250, 505, '2024-11-05'],
    ]);
  });
});

describe('u30 and u28: round numbers and a past month (u30-1-16, u28-1-24)', () => {
  it('"in the fifth round of its new Express Entry system" (2015) is round 5', () => {
    const page = [
      'Ottawa sends 1,620 more Express Entry invitations as points bar drops to 481',
      'THE CANADIAN WIRE',
      'Published Saturday, March 21, 2015 9:14AM EDT',
      'OTTAWA -- Citizenship and Immigration Canada issued 1,620 invitations to apply for permanent residence on Friday in the fifth round of its new Express Entry system, and the points threshold fell sharply.',
      'Candidates needed a Comprehensive Ranking System score of at least 481 to be selected, according to a notice the department posted to its website late Friday.',
      'That is a steep drop from the previous round on Feb. 27, when the cut-off was 735 -- a level that effectively limited invitations to people who already held a provincial nomination or a job offer backed by a labour market assessment.',
      'Immigration lawyers have been waiting for the threshold to fall into the 400s, where candidates without a job offer can compete on age, education, language and work experience alone.',
      '"This is the first round where a young, well-educated applicant with strong English and no Canadian job offer has a realistic shot," said a Toronto-based immigration consultant who advises clients from India and the Philippines.',
      "A department spokesperson said the size and frequency of draws will depend on the number of candidates in the pool and Canada's annual immigration levels.",
      'Those invited have 60 days to submit a complete application.',
      'Express Entry, which manages applications for the Federal Skilled Worker, Federal Skilled Trades and Canadian Experience Class programs, as well as part of the Provincial Nominee Program, launched on Jan. 1.',
      '(The Canadian Wire)',
    ].join('\n');
    expect(facts(page, '2015-03-21')).toEqual([['2015-03-20', '5', 'general', 1620, 481, null]]);
  });
  it('"Express Entry in October: four rounds, 9,173 invitations" on a page of November 6: a past month\'s recap announces nothing', () => {
    const page = [
      'PAK-CANADA OBSERVER',
      'Monday, 6 November 2023',
      'Express Entry in October: four rounds, 9,173 invitations',
      'By Our Correspondent',
      '',
      'TORONTO: Immigration, Refugees and Citizenship Canada held four Express Entry rounds in October, issuing a combined 9,173 invitations to apply, according to a tally by the Observer.',
      'October at a glance:',
      '- 10 Oct — All programs: 3,725 ITAs, minimum CRS 500',
      '- 24 Oct — Provincial Nominee Program: 1,548 ITAs, minimum CRS 776',
      '- 25 Oct — French-language proficiency: 300 ITAs, minimum CRS 486',
      '- 26 Oct — Healthcare occupations: 3,600 ITAs, minimum CRS 431',
      'The healthcare round was the largest category-based draw for health workers so far, and community doctors and nurses of Pakistani origin in Ontario and Alberta said several colleagues had received invitations.',
      'No STEM, trades or transport rounds were held during the month.',
      'The 2024–2026 immigration levels plan, tabled last week, will shape how many invitations are issued next year.',
      '"For a software engineer from Lahore sitting at 480, the message is: improve your language score or look at provincial programs," said consultant Farah Qureshi.',
      'Tags: Immigration, Express Entry, Monthly Roundup',
    ].join('\n');
    expect(facts(page, '2023-11-06')).toEqual([]);
  });
});

describe("a diarist's round (u28-3-25)", () => {
  it('"Tie-break on my round: March 19, 2024 at 18:58:58 UTC" after a paragraph about yesterday\'s PNP round: the diarist\'s round', () => {
    const page = [
      'ita-diary.blogspot — "Pool Life" ',
      'Entry 47 — Friday, May 31, 2024',
      '',
      'I GOT IT.',
      '',
      "After 322 days in the pool, the CEC round today invited 3,000 people and the cut-off was 522. I'm at 524. Two points of margin. TWO.",
      '',
      "Context for future me: yesterday IRCC did a huge PNP round (2,985 invitations, 676 minimum) and I was so nervous they'd skip CEC again like they did all of May. There had been no CEC-only round since... I honestly don't remember. I'd been refreshing the rounds page since 9 am like a lunatic.",
      '',
      'Tie-break on my round: March 19, 2024 at 18:58:58 UTC. My profile was created in July last year, so no issue.',
      '',
      'To do (60 days!):',
      '☐ PCC from Philippines (NBI) — appointment',
      '☐ PCC India (I lived in Pune 2016-18)',
      '☐ medical — upfront or wait?',
      '☐ proof of funds — not needed for CEC 🎉',
      '☐ reference letters from both employers',
      '',
      'Called Amma at 11 pm her time. She cried. I cried.',
      '',
      'Tags: ITA, CEC, express entry diary',
      '← older entry · newer entry →',
    ].join('\n');
    expect(facts(page, '2024-05-31')).toEqual([['2024-05-31', null, 'cec', 3000, 522, '2024-03-19']]);
  });
});

describe("an update's own day (p1-080, p1-050)", () => {
  it('"UPDATE July 8: IRCC held a French-language draw today" on a page of July 9: the update\'s day is its today', () => {
    const page = [
      'Express Entry: IRCC holds trades draw',
      'July 5, 2024 (updated July 8)',
      'IRCC held Express Entry draw #305 on July 5, 2024, for candidates in trade occupations. It invited 1,800 candidates with a minimum CRS of 436.',
      'UPDATE July 8: IRCC held a French-language draw today, inviting 3,200 candidates with a minimum CRS of 420.',
    ].join('\n');
    expect(facts(page, '2024-07-09').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2024-07-05', '305', 'trades', 1800, 436, null],
      ['2024-07-08', null, 'french', 3200, 420, null],
    ]);
  });
  it('"UPDATE (August 20): IRCC held an all-program draw today" over the story of August 19', () => {
    const page = [
      'Express Entry: PNP draw',
      'August 19, 2020',
      'IRCC held a PNP-only Express Entry draw on August 19. Draw #159 invited 600 candidates with a minimum CRS of 771. The tie-breaking rule was August 18, 2020 at 12:52:40 UTC.',
      '',
      'UPDATE (August 20): IRCC held an all-program draw today. Draw #160 invited 3,300 candidates with a minimum CRS of 454. The tie-breaking rule was August 11, 2020 at 15:04:41 UTC.',
    ].join('\n');
    expect(facts(page, '2020-08-21').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2020-08-19', '159', 'pnp', 600, 771, '2020-08-18'],
      ['2020-08-20', '160', 'general', 3300, 454, '2020-08-11'],
    ]);
  });
});

describe('a count in words with one word before its people (u30-1-33)', () => {
  it("\"Canada's 'smallest ever' immigration draw invites just four military recruits\" is 4", () => {
    const page = [
      'The Chronicle Online | World news',
      "Canada's 'smallest ever' immigration draw invites just four military recruits",
      'Friday 24 July 2026 06:30 BST',
      'Canada has held what appears to be the smallest round of invitations in the history of its Express Entry immigration system: four people.',
      'The round, numbered 430, was held on Thursday and was open only to candidates in the new skilled military recruits category, which Ottawa created to help the Canadian Armed Forces fill gaps in specialist trades and medical roles.',
      'The lowest score among the four was 368 points on the Comprehensive Ranking System.',
      'Defence officials have said the category is designed for candidates who have already been accepted by the Armed Forces through its foreign recruitment programme, so only a handful of people are expected to be eligible at any time.',
      'Canada has been pushing to raise military recruitment after missing targets for several years.',
      'Recommended',
      "- Why Britain's soldiers are retiring early",
      '- The countries that want your skills most in 2026',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([['2026-07-23', '430', 'military', 4, 368, null]]);
  });
});

describe("the page's own date line a day before the given day (p1-033, p1-012)", () => {
  it('"May 30, 2024" under the headline, "IRCC held a PNP-only Express Entry draw today", read on the 31st: the 30th', () => {
    const page = [
      'Express Entry: PNP draw invites 2,985',
      'May 30, 2024',
      'IRCC held a Provincial Nominee Program-only Express Entry draw today. Draw #296 invited 2,985 candidates with a minimum CRS of 676.',
    ].join('\n');
    expect(facts(page, '2024-05-31')).toEqual([['2024-05-30', '296', 'pnp', 2985, 676, null]]);
  });
  it('the same page with "UPDATE: A second draw took place on May 31": both rounds', () => {
    const page = [
      'Express Entry: PNP draw invites 2,985',
      'May 30, 2024',
      'IRCC held a Provincial Nominee Program-only Express Entry draw today. Draw #296 invited 2,985 candidates with a minimum CRS of 676.',
      'The tie-breaking rule was May 21, 2024 at 11:21:10 UTC.',
      'UPDATE: A second draw took place on May 31. IRCC invited 3,000 Canadian Experience Class candidates in draw #297. The cut-off score was 522.',
    ].join('\n');
    expect(facts(page, '2024-05-31').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2024-05-30', '296', 'pnp', 2985, 676, '2024-05-21'],
      ['2024-05-31', '297', 'cec', 3000, 522, null],
    ]);
  });
});
