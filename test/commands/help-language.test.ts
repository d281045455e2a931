import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { runCommandLine } from '../../src/commands/dispatch.ts';
import { replyLang } from '../../src/commands/reply-lang.ts';
import { usage } from '../../commands/help.ts';
import { reply, seededContext } from './context.ts';

describe('/help', () => {
  it('lists every command with its usage and an example', async () => {
    const r = await reply('/help');
    expect(r.text).toMatch(/Express Entry draw/);
    for (const c of commands) {
      const field = r.fields?.find((f) => f.name === usage(c));
      expect(field?.value, c.name).toContain(c.examples[0]);
    }
    expect(r.fields?.map((f) => f.name)).toContain('/history [program] [count]');
  });

  it('answers in French', async () => {
    const r = await reply('/help', 'fr');
    expect(r.title).toBe("Bot des rondes d'Entrée express");
    expect(r.fields?.find((f) => f.name === '/pool [score]')?.value).toMatch(/^La dernière répartition du bassin/);
  });
});

describe('/language', () => {
  it('stores the choice per user and confirms in the new language', async () => {
    const { ctx, stores } = await seededContext('en');
    const r = await runCommandLine(commands, '/language fr', ctx);
    expect(r.text).toBe('Désormais, je vous réponds en français.');
    expect(await stores.prefs.get('test', 'u1')).toEqual({ lang: 'fr' });
    expect(await replyLang(stores.prefs, { platform: 'test', id: 'u1' })).toBe('fr');
    expect(await replyLang(stores.prefs, { platform: 'test', id: 'someone-else' })).toBe('en');
    expect(await replyLang(stores.prefs, { platform: 'other', id: 'u1' })).toBe('en');
  });

  it('lets an explicit --lang win over the stored choice, and the stored choice win over the client', async () => {
    const { stores } = await seededContext();
    await stores.prefs.set('test', 'u1', { lang: 'fr' });
    expect(await replyLang(stores.prefs, { platform: 'test', id: 'u1' }, { explicit: 'en' })).toBe('en');
    expect(await replyLang(stores.prefs, { platform: 'test', id: 'u1' }, { client: 'en-US' })).toBe('fr');
    expect(await replyLang(stores.prefs, { platform: 'test', id: 'u2' }, { client: 'fr-CA' })).toBe('fr');
  });

  it('says which language is in use, with buttons to change', async () => {
    const r = await reply('/language', 'fr');
    expect(r.text).toMatch(/^Je vous réponds en français/);
    expect(r.buttons?.map((b) => b.command)).toEqual(['/language en', '/language fr']);
  });

  it('accepts names, and refuses other languages in one line', async () => {
    expect((await reply('/language English', 'fr')).text).toBe('From now on I answer you in English.');
    const r = await reply('/language de');
    expect(r.error).toBe(true);
    expect(r.text).toBe('"de" is not a language I speak: choose en (English) or fr (français). Example: /language fr');
  });
});
