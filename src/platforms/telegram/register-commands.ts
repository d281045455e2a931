import type { Api } from 'grammy';
import type { CommandDefinition } from '../../commands/types.ts';

/** The command menu in English (default) and French (users whose Telegram speaks French); /start shows /help. */
export async function registerMyCommands(api: Api, commands: readonly CommandDefinition[]): Promise<void> {
  const menu = (lang: 'en' | 'fr') => commands.map((c) => ({ command: c.name, description: c.description[lang].slice(0, 256) }));
  await api.setMyCommands(menu('en'));
  await api.setMyCommands(menu('fr'), { language_code: 'fr' });
}
