import { PERIOD_EXAMPLES } from '../src/commands/period.ts';
import type { CommandDefinition, CommandOption, ReplyField } from './types.ts';

/** "/history [program] [count]": required options in <>, optional ones in []. */
export function usage(command: Pick<CommandDefinition, 'name' | 'options'>): string {
  const part = (o: CommandOption) => (o.required ? `<${o.name}>` : `[${o.name}]`);
  return [`/${command.name}`, ...command.options.map(part)].join(' ');
}

export const help = {
  name: 'help',
  description: { en: 'What this bot does, with an example of every command', fr: 'Ce que fait ce bot, avec un exemple de chaque commande' },
  options: [],
  examples: ['/help'],
  async run(ctx) {
    const { t, lang } = ctx;
    // The list this command belongs to, loaded when asked: a static import would be a cycle
    // (index.ts lists help), and /help must show every command without a list of its own.
    const { commands } = await import('./index.ts');
    const fields: ReplyField[] = commands.map((c) => {
      const examples = c.examples.slice(0, 2);
      return { name: usage(c), value: `${c.description[lang]}\n${t('help.example', { count: examples.length, examples: examples.join(' · ') })}` };
    });
    fields.push({ name: t('help.periods'), value: t('help.periodsValue', { list: PERIOD_EXAMPLES.join(', ') }) });
    return { title: t('help.title'), text: t('help.intro'), fields, footer: t('help.footer') };
  },
} satisfies CommandDefinition;
