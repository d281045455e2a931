import { ApplicationCommandOptionType, PermissionFlagsBits, type APIApplicationCommandBasicOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { slashCommands } from '../../src/platforms/discord/slash-commands.ts';
import { validateCommands } from '../fakes/fake-discord-validate.ts';

const NAME = /^[a-z0-9_]{1,32}$/;
const DESIGN_TABLE = ['latest', 'history', 'stats', 'chart', 'pool', 'subscribe', 'unsubscribe', 'notify', 'settings', 'help', 'language'];

const optionsOf = (name: string): APIApplicationCommandBasicOption[] => (slashCommands(commands, 'global').find((c) => c.name === name)?.options ?? []) as APIApplicationCommandBasicOption[];
const option = (command: string, name: string) => optionsOf(command).find((o) => o.name === name);

describe('slash commands generated from commands/', () => {
  it.each(['global', 'guild'] as const)('are accepted by Discord’s rules for a %s bulk overwrite', (scope) => {
    const body = slashCommands(commands, scope);
    expect(validateCommands(body, scope).body()).toBeNull();
    expect(body.map((c) => c.name).sort()).toEqual([...DESIGN_TABLE].sort());
  });

  it('keep names, descriptions, option order and suggestions within Discord’s rules, in English and French, without cutting a word', () => {
    for (const c of slashCommands(commands, 'global')) {
      const definition = commands.find((d) => d.name === c.name)!;
      expect(c.name).toMatch(NAME);
      expect(c.description).toBe(definition.description.en);
      expect(c.description_localizations?.fr).toBe(definition.description.fr);
      expect(c.name_localizations?.fr).toBe(c.name);
      for (const text of [c.description, ...Object.values(c.description_localizations ?? {})]) expect(text?.length).toBeLessThanOrEqual(100);
      const options = (c.options ?? []) as APIApplicationCommandBasicOption[];
      const firstOptional = options.findIndex((o) => !o.required);
      expect(options.slice(firstOptional < 0 ? options.length : firstOptional).every((o) => !o.required)).toBe(true);
      for (const o of options) {
        expect(o.name).toMatch(NAME);
        for (const text of [o.description, ...Object.values(o.description_localizations ?? {})]) {
          expect(text?.length).toBeGreaterThan(0);
          expect(text?.length).toBeLessThanOrEqual(100);
          expect(text).not.toMatch(/…$/);
        }
        if ('autocomplete' in o && o.autocomplete) expect('choices' in o && o.choices).toBeFalsy();
      }
    }
  });

  it('type the options as DESIGN.md says: programs with autocomplete, count 1–50, score an integer 0–1200, periods suggested', () => {
    for (const name of ['latest', 'history', 'stats', 'chart']) expect(option(name, 'program')).toMatchObject({ type: ApplicationCommandOptionType.String, autocomplete: true, required: false });
    for (const name of ['subscribe', 'unsubscribe', 'notify']) expect(option(name, 'programs')).toMatchObject({ type: ApplicationCommandOptionType.String, autocomplete: true });
    expect(option('history', 'count')).toMatchObject({ type: ApplicationCommandOptionType.Integer, min_value: 1, max_value: 50 });
    for (const name of ['pool', 'notify']) expect(option(name, 'score')).toMatchObject({ type: ApplicationCommandOptionType.Integer, min_value: 0, max_value: 1200 });
    for (const name of ['stats', 'chart']) expect(option(name, 'period')).toMatchObject({ type: ApplicationCommandOptionType.String, autocomplete: true });
    expect(option('language', 'language')).toMatchObject({ choices: [{ value: 'en' }, { value: 'fr' }] });
    expect(option('latest', 'program')?.name_localizations?.fr).toBe('programme');
  });

  it('say /notify off the Discord way: an `off` switch, with the score no longer required; a free-text profile time is a plain option', () => {
    expect(optionsOf('notify').map((o) => [o.name, o.type, o.required])).toEqual([
      ['score', ApplicationCommandOptionType.Integer, false],
      ['programs', ApplicationCommandOptionType.String, false],
      ['profile', ApplicationCommandOptionType.String, false],
      ['off', ApplicationCommandOptionType.Boolean, false],
    ]);
  });

  it('default /subscribe and /unsubscribe to members with Manage Channels, and offer every command in servers and DMs', () => {
    for (const c of slashCommands(commands, 'global')) {
      const admin = c.name === 'subscribe' || c.name === 'unsubscribe';
      expect(c.default_member_permissions).toBe(admin ? String(PermissionFlagsBits.ManageChannels) : undefined);
      expect(c.contexts).toEqual([0, 1]);
    }
    expect(slashCommands(commands, 'guild').every((c) => c.contexts === undefined)).toBe(true);
  });
});
