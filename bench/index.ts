/**
 * `npm run bench`: runs every benchmark and writes docs/benchmarks.md. Timing lives here, never in tests.
 * `npm run bench -- discord delivery`: runs only those and replaces their sections, keeping the others.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchCommands } from './commands.bench.ts';
import { benchDelivery } from './delivery.bench.ts';
import { benchDiscord } from './discord.bench.ts';
import { benchDiscordHttp } from './discord-http.bench.ts';
import { benchParser } from './parser.bench.ts';
import { benchRush } from './rush.bench.ts';
import { benchSubscriptions } from './subscriptions.bench.ts';

type Bench = { id: string; name: string; run: () => Promise<string> };

const benches: Bench[] = [
  { id: 'parser', name: 'article parser', run: benchParser },
  { id: 'commands', name: 'chat commands', run: benchCommands },
  { id: 'delivery', name: 'alert delivery', run: benchDelivery },
  { id: 'rush', name: 'draw-day rush', run: benchRush },
  { id: 'subscriptions', name: 'subscriptions at scale', run: benchSubscriptions },
  { id: 'discord', name: 'Discord fan-out', run: benchDiscord },
  { id: 'discord-http', name: 'Discord interactions over HTTP', run: benchDiscordHttp },
];

const header = `# Benchmarks

Measured with \`npm run bench\` on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
`;

const FILE = new URL('../docs/benchmarks.md', import.meta.url);
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !benches.some((b) => b.id === w));
if (unknown.length > 0) throw new Error(`unknown benchmark(s) ${unknown.join(', ')}: use ${benches.map((b) => b.id).join(', ')}`);
const chosen = wanted.length > 0 ? benches.filter((b) => wanted.includes(b.id)) : benches;

const measured: string[] = [];
for (const b of chosen) {
  process.stderr.write(`running ${b.name}…\n`);
  measured.push(await b.run());
}

/** A partial run replaces the sections it measured (same "## " heading) and keeps every other one. */
function merge(existing: string, fresh: string[]): string {
  const parts = existing.split(/^(?=## )/m).map((p) => p.trimEnd());
  for (const section of fresh) {
    const heading = section.split('\n', 1)[0];
    const at = parts.findIndex((p) => p.split('\n', 1)[0] === heading);
    if (at >= 0) parts[at] = section.trimEnd();
    else parts.push(section.trimEnd());
  }
  return parts.join('\n\n');
}

const out = `${wanted.length > 0 && existsSync(FILE) ? merge(readFileSync(FILE, 'utf8'), measured) : [header, ...measured].join('\n')}\n`;
writeFileSync(FILE, out);
process.stdout.write(out);
