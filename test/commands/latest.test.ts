import { commandContext } from '../../src/commands/context.ts';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';

import { runCommandLine } from '../../src/commands/dispatch.ts';
import { createLocalizer } from '../../src/i18n/localizer.ts';
import type { Lang } from '../../src/config/programs.ts';
import { renderPlain } from '../../src/platforms/console/render.ts';
import { programs, seededDeps } from '../helpers/stores.ts';

const localizer = createLocalizer();

async function ask(line: string, lang: Lang = 'en'): Promise<string> {
  const { stores } = await seededDeps();
  const ctx = commandContext(
    { stores, programs, localizer, commands, now: () => new Date('2026-08-20T12:00:00Z') },
    { platform: 'test', id: 'c1', kind: 'private' },
    { platform: 'test', id: 'u1', isAdmin: true },
    lang,
  );
  return renderPlain(await runCommandLine(commands, line, ctx));
}

describe('/latest', () => {
  it('shows the newest draw overall', async () => {
    const text = await ask('/latest');
    expect(text).toMatch(/^Latest draw: French-language proficiency/);
    expect(text).toMatch(/Round: #437/);
    expect(text).toMatch(/Minimum CRS: 382/);
    expect(text).toMatch(/1 day ago/);
  });

  it.each([['cec'], ['CEC'], ['canadian experience'], ['Canadian Experience Class']])('finds the CEC draw for "%s"', async (p) => {
    const text = await ask(`/latest ${p}`);
    expect(text).toMatch(/Round: #436/);
    expect(text).toMatch(/Invitations: 1,000/);
    expect(text).toMatch(/Minimum CRS: 523/);
    expect(text).toMatch(/Change: CRS \+7, invitations −2,000 against #432/);
    expect(text).toMatch(/Tie-break: August 17, 2026 at 22:09:00 UTC/);
  });

  it('reminds that PNP cutoffs include the nomination points', async () => {
    const text = await ask('/latest provincial');
    expect(text).toMatch(/#435/);
    expect(text).toMatch(/760/);
    expect(text).toMatch(/600 points/);
  });

  it('answers an unknown program with the valid codes and an example', async () => {
    const text = await ask('/latest astronauts');
    expect(text).toMatch(/"astronauts" is not a program I know/);
    expect(text).toMatch(/cec, pnp/);
    expect(text).toMatch(/Example: \/latest/);
  });

  it('answers in French', async () => {
    const text = await ask('/latest cec', 'fr');
    expect(text).toMatch(/Dernière ronde : Catégorie de l'expérience canadienne/);
    expect(text).toMatch(/1\s000/);
  });

  it('points to /help for an unknown command', async () => {
    expect(await ask('/nope')).toMatch(/There is no \/nope command/);
  });
});

describe('the command list', () => {
  it('has unique names valid on both Discord and Telegram', () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9_]{1,32}$/);
    for (const c of commands) {
      expect(c.options.filter((o) => o.rest).length).toBeLessThanOrEqual(1);
      expect(c.description.en.length).toBeLessThanOrEqual(100);
      expect(c.description.fr.length).toBeLessThanOrEqual(100);
    }
  });
});
