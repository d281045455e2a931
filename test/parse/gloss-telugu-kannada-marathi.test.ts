import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isMarathi } from '../../src/parse/text/gloss-marathi.ts';
import { isHindi } from '../../src/parse/text/gloss-hindi.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Telugu, Kannada and Marathi draw news (docs/parser.md "Telugu, Kannada and Marathi"): the glossaries of gloss-telugu.ts,
 * gloss-kannada.ts and gloss-marathi.ts rewrite them into the English the reader knows; a Hindi page stays Hindi's, and an
 * English page that names the languages stays as it is.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Telugu (gloss-telugu.ts)', () => {
  it('a news page: "గురువారం (ఏప్రిల్ 23)", "రౌండ్ నం. 345", "2,850 మంది అభ్యర్థులకు ఆహ్వానాలు పంపారు", "కనీస CRS స్కోరు 521"; "గత" (last) is context', () => {
    const page = [
      'కెనడా Express Entry: CEC అభ్యర్థులకు 2,850 ITAs',
      'NRI డెస్క్ | ఏప్రిల్ 24, 2025',
      'గురువారం (ఏప్రిల్ 23) జరిగిన Canadian Experience Class (CEC) డ్రా (రౌండ్ నం. 345)లో 2,850 మంది అభ్యర్థులకు ఆహ్వానాలు పంపారు. ఈ డ్రాలో కనీస CRS స్కోరు 521.',
      'టై-బ్రేకింగ్ రూల్: జనవరి 9, 2025 08:14:20 UTC.',
      'గత CEC డ్రా ఏప్రిల్ 2న జరిగింది; అప్పుడు 1,500 మందికి 529 స్కోరుతో ఆహ్వానాలు అందాయి.',
    ].join('\n');
    expect(facts(page, '2025-04-24')).toEqual([['2025-04-23', '345', 'cec', 2850, 521, '2025-01-09']]);
  });

  it('a channel post with Telugu digits and a card: "ఆహ్వానాలు (ITAs): ౧,౦౦౦", "కనీస CRS: ౪౮౯"', () => {
    const page = ['*కెనడా PR అప్‌డేట్*', 'ఈరోజు ఫ్రెంచ్ భాష Express Entry డ్రా జరిగింది!', 'ఆహ్వానాలు (ITAs): ౧,౦౦౦', 'కనీస CRS: ౪౮౯', 'మీ స్నేహితులకు ఫార్వర్డ్ చేయండి'].join('\n');
    expect(facts(page, '2025-02-20')).toEqual([['2025-02-20', null, 'french', 1000, 489, null]]);
  });
});

describe('Kannada (gloss-kannada.ts)', () => {
  it('a news page: "ಮಂಗಳವಾರ (ಜುಲೈ 8)", "ಡ್ರಾ #356", "3,000 ಅಭ್ಯರ್ಥಿಗಳಿಗೆ … ಆಹ್ವಾನ ನೀಡಿದೆ", "ಕನಿಷ್ಠ CRS ಅಂಕ: 518"; "ಇದಕ್ಕೂ ಮುನ್ನ" (before this) is context', () => {
    const page = [
      'ಎಕ್ಸ್‌ಪ್ರೆಸ್ ಎಂಟ್ರಿ ಡ್ರಾ #356: 3,000 ಮಂದಿಗೆ ಆಹ್ವಾನ, ಕಟ್‌ಆಫ್ 518',
      'ಅನಿವಾಸಿ ಕನ್ನಡಿಗ ಡೆಸ್ಕ್ | ಜುಲೈ 9, 2025',
      'ಕೆನಡಾದ ವಲಸೆ ಇಲಾಖೆ IRCC ಮಂಗಳವಾರ (ಜುಲೈ 8) ನಡೆಸಿದ Canadian Experience Class ಡ್ರಾದಲ್ಲಿ 3,000 ಅಭ್ಯರ್ಥಿಗಳಿಗೆ ಕಾಯಂ ನಿವಾಸ ಅರ್ಜಿ ಸಲ್ಲಿಸಲು ಆಹ್ವಾನ ನೀಡಿದೆ.',
      'ಕನಿಷ್ಠ CRS ಅಂಕ: 518',
      'ಟೈ-ಬ್ರೇಕಿಂಗ್ ನಿಯಮ: 16 ಜನವರಿ 2025, 10:33:06 UTC',
      'ಇದಕ್ಕೂ ಮುನ್ನ ಜೂನ್ 23ರಂದು ನಡೆದ PNP ಡ್ರಾದಲ್ಲಿ 503 ಮಂದಿಗೆ 742 ಅಂಕಗಳಿಗೆ ಆಹ್ವಾನ ಸಿಕ್ಕಿತ್ತು.',
    ].join('\n');
    expect(facts(page, '2025-07-09')).toEqual([['2025-07-08', '356', 'cec', 3000, 518, '2025-01-16']]);
  });

  it('a radio bulletin with Kannada digits: two rounds by "ಸುತ್ತು" (round), a pluperfect "ಸಿಕ್ಕಿತ್ತು" (had received) is an earlier draw', () => {
    const page = [
      'ಕನ್ನಡ ಧ್ವನಿ ರೇಡಿಯೋ | ವಲಸೆ ವಾರ್ತೆ',
      '೨೧ ಮಾರ್ಚ್ ೨೦೨೫',
      'ಈ ವಾರ IRCC ಎರಡು ಡ್ರಾಗಳನ್ನು ನಡೆಸಿದೆ.',
      'ಸೋಮವಾರ, ೧೭ ಮಾರ್ಚ್ — PNP ಡ್ರಾ, ಸುತ್ತು ೩೩೮: ೫೩೬ ಆಹ್ವಾನಗಳು, ಕನಿಷ್ಠ CRS ೭೩೬.',
      'ಶುಕ್ರವಾರ, ೨೧ ಮಾರ್ಚ್ — French language proficiency ಡ್ರಾ, ಸುತ್ತು ೩೩೯: ೭,೫೦೦ ಆಹ್ವಾನಗಳು, ಕನಿಷ್ಠ CRS ೩೭೯.',
      'ಫೆಬ್ರವರಿಯ ಫ್ರೆಂಚ್ ಡ್ರಾದಲ್ಲಿ ೪,೫೦೦ ಮಂದಿಗೆ ೪೨೮ ಅಂಕಗಳಿಗೆ ಆಹ್ವಾನ ಸಿಕ್ಕಿತ್ತು.',
    ].join('\n');
    expect(facts(page, '2025-03-21')).toEqual([
      ['2025-03-17', '338', 'pnp', 536, 736, null],
      ['2025-03-21', '339', 'french', 7500, 379, null],
    ]);
  });
});

describe('Marathi (gloss-marathi.ts)', () => {
  it('a news page with Devanagari digits: "मंगळवारी (१४ जानेवारी)", "ड्रॉ क्रमांक ३३२", "उमेदवारांना … आमंत्रण देण्यात आले", "किमान CRS गुण"; "यापूर्वी" is context', () => {
    const page = [
      'कॅनडा: एक्स्प्रेस एन्ट्री ड्रॉ; ४,००० जणांना PR चे आमंत्रण',
      'प्रतिनिधी | टोरंटो | १५ जानेवारी २०२५',
      'इमिग्रेशन, रेफ्युजीज अँड सिटिझनशिप कॅनडा (IRCC) ने मंगळवारी (१४ जानेवारी) एक्स्प्रेस एन्ट्री अंतर्गत Canadian Experience Class साठी ड्रॉ क्रमांक ३३२ घेतला. यामध्ये ४,००० उमेदवारांना कायमस्वरूपी निवासासाठी अर्ज करण्याचे आमंत्रण (ITA) देण्यात आले. किमान CRS गुण ५२७ इतके होते.',
      'टाय-ब्रेकिंग नियम: ३ सप्टेंबर २०२४, १८:०४:११ UTC.',
      'यापूर्वी ८ जानेवारी रोजी झालेल्या CEC ड्रॉमध्ये १,३५० जणांना ५४२ गुणांवर आमंत्रण मिळाले होते आणि पुढील ड्रॉची अपेक्षा आहे.',
    ].join('\n');
    expect(isMarathi(page)).toBe(true);
    expect(facts(page, '2025-01-15')).toEqual([['2025-01-14', '332', 'cec', 4000, 527, '2024-09-03']]);
  });

  it('a group post: "काल" (yesterday) and "आज" (today) before a day, Marathi months ("जानेवारी"), "ड्रॉ: 471 ITA, किमान CRS 793"', () => {
    const page = [
      '*एक्स्प्रेस एन्ट्री अपडेट*',
      '📌 काल (7 जानेवारी) - PNP ड्रॉ: 471 ITA, किमान CRS 793',
      '📌 आज (8 जानेवारी) - CEC ड्रॉ: 1,350 ITA, किमान CRS 542',
      'तुमचा स्कोअर तपासा आणि ग्रुपमध्ये सामील व्हा - पुणे मराठी मंडळ',
    ].join('\n');
    expect(facts(page, '2025-01-08')).toEqual([
      ['2025-01-07', null, 'pnp', 471, 793, null],
      ['2025-01-08', null, 'cec', 1350, 542, null],
    ]);
  });

  it('a Hindi page stays Hindi: its words ("है", "और", "में", "के") outnumber Marathi\u2019s', () => {
    const page = [
      'कनाडा ने एक्सप्रेस एंट्री ड्रा में 5,500 उम्मीदवारों को निमंत्रण जारी किया',
      'आईआरसीसी ने बुधवार को नवीनतम ड्रा आयोजित किया और 507 के न्यूनतम सीआरएस स्कोर वाले 5,500 उम्मीदवारों को आमंत्रित किया। यह इस साल का सबसे बड़ा ड्रा है।',
    ].join('\n');
    expect(isHindi(page)).toBe(true);
    expect(isMarathi(page)).toBe(false);
  });
});

describe('an English page is never glossed', () => {
  it('Telugu, Kannada and Marathi names and a quoted word or two leave it as it is', () => {
    const page = [
      'Canada invites 1,500 Canadian Experience Class candidates',
      'By Srinivas Reddy | April 3, 2025',
      'Immigration, Refugees and Citizenship Canada held a CEC draw on April 2, inviting 1,500 candidates with a minimum CRS score of 529.',
      'At a Telugu association meeting in Brampton ("తెలుగు సంఘం"), a Kannada group ("ಕನ್ನಡ ಸಂಘ") and the Pune Marathi Mandal ("मराठी मंडळ आहे") cheered the news.',
    ].join('\n');
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-04-03')).toEqual([['2025-04-02', null, 'cec', 1500, 529, null]]);
  });
});
