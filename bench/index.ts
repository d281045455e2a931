/**
 * `npm run bench`: runs every benchmark and writes docs/benchmarks.md. Timing lives here, never in tests.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

type Bench = { name: string; run: () => Promise<string> };

const benches: Bench[] = [];

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
