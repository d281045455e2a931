import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.ts';
import { renderPlain } from '../platforms/console/render.ts';
import { UsageError } from './io.ts';
import { parseVerbArgs, type CliContext } from './context.ts';
import { announceNewStore } from './store-status.ts';

/** `ask "<command line>" [--user ID] [--lang en|fr] [--out DIR]`: one chat command through the console platform. */
export async function askVerb(args: string[], { io, config, logger }: CliContext): Promise<number> {
  const { values, positionals } = parseVerbArgs({
    args,
    options: { user: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const line = positionals.join(' ').trim();
  if (!line) throw new UsageError('give a command line, e.g. ee-draw-bot ask "/latest cec"');
  if (values.lang && !/^(en|fr)$/i.test(values.lang)) throw new UsageError(`--lang takes en or fr, not "${values.lang}"`);
  announceNewStore(config.STORE_URL, logger);
  const app = await createApp({ config, logger });
  try {
    const userId = values.user ?? 'console-user';
    // --lang wins for this one answer; otherwise the language this user chose with /language.
    const handled = await app.handleOperatorCommand({
      input: { kind: 'line', line: line.startsWith('/') ? line : `/${line}` },
      chat: { platform: 'console', id: `console:${userId}`, kind: 'private' },
      user: { platform: 'console', id: userId },
      lang: { explicit: values.lang },
    });
    const reply = handled.reply ?? { text: '' };
    io.stdout(`${renderPlain(reply)}\n`);
    if (reply.image) {
      const dir = values.out ?? (await mkdtemp(join(tmpdir(), 'ee-draw-bot-')));
      await mkdir(dir, { recursive: true });
      const file = join(dir, reply.image.filename);
      await writeFile(file, reply.image.data);
      io.stdout(`${file}\n`);
    }
    return reply.error ? 1 : 0;
  } finally {
    await app.close();
  }
}
