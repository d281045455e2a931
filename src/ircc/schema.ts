import { z } from 'zod';

const text = z.string();
const optionalText = z.string().optional();

/** One record of IRCC's rounds file, every field a string, as IRCC publishes it. */
export const irccRoundSchema = z
  .object({
    drawNumber: text.regex(/^\s*\d+[a-z]?\s*$/i, 'drawNumber is a round number such as "326" or "91a"'),
    drawDate: text,
    drawName: text,
    drawSize: text,
    drawCRS: text,
    drawDateFull: optionalText,
    drawDateTime: optionalText,
    drawCutOff: optionalText,
    drawText2: optionalText,
    drawDistributionAsOn: optionalText,
  })
  .catchall(z.unknown());

export type IrccRound = z.infer<typeof irccRoundSchema>;

/** The file's envelope; records are validated one by one so one bad record does not hide the rest. */
export const irccFileSchema = z.object({
  rounds: z.array(z.unknown()).min(1, 'the rounds list is empty'),
});
