/**
 * `npm run bench`: runs every benchmark and writes docs/benchmarks.md. Timing lives here, never in tests.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchCommands } from './commands.bench.ts';
import { benchDelivery } from './delivery.bench.ts';
import { benchParser } from './parser.bench.ts';
import { benchSubscriptions } from './subscriptions.bench.ts';

type Bench = { name: string; run: () => Promise<string> };

const benches: Bench[] = [
  { name: 'article parser', run: benchParser },
  { name: 'chat commands', run: benchCommands },
  { name: 'alert delivery', run: benchDelivery },
  { name: 'subscriptions at scale', run: benchSubscriptions },
];

const header = `# Benchmarks

Measured with \`npm run bench\` on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
`;

const sections: string[] = [header];
for (const b of benches) {
  process.stderr.write(`running ${b.name}…\n`);
  sections.push(await b.run());
}
const out = `${sections.join('\n')}\n`;
writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), out);
process.stdout.write(out);
