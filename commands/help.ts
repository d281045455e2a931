import { PERIOD_EXAMPLES } from '../src/commands/period.ts';
import type { CommandDefinition, CommandOption, ReplyField } from '../src/commands/types.ts';

/** "/history [program] [count]": required options in <>, optional ones in []. */
export function usage(command: Pick<CommandDefinition, 'name' | 'options'>): string {
  const part = (o: CommandOption) => (o.required ? `<${o.name}>` : `[${o.name}]`);
  return [`/${command.name}`, ...command.options.filter((o) => !o.typedOnly).map(part)].join(' ');
}

export const help = {
  name: 'help',
  description: { en: 'What this bot does, with an example of every command', fr: 'Ce que fait ce bot, avec un exemple de chaque commande' },
  options: [],
  examples: ['/help'],
  run(ctx) {
    const { t, lang } = ctx;
    const fields: ReplyField[] = ctx.commands.map((c) => {
      const examples = c.examples.slice(0, 2);
      return { name: usage(c), value: `${c.description[lang]}\n${t('help.example', { count: examples.length, examples: examples.join(' · ') })}` };
    });
    fields.push({ name: t('help.periods'), value: t('help.periodsValue', { list: PERIOD_EXAMPLES.join(', ') }) });
    return Promise.resolve({ title: t('help.title'), text: t('help.intro'), fields, footer: t('help.footer') });
  },
} satisfies CommandDefinition;
