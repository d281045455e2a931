import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

/** Every TypeScript file under `dir`. */
function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('the article reader (src/parse) is a pure function of its input', () => {
  // A switch left in while measuring a rule ("process.env.X !== '1'") would make what the reader reads depend on the machine.
  it('reads no environment variable, clock or random number', () => {
    const impure = files('src/parse').filter((f) => /\bprocess\.env\b|\bDate\.now\(|\bMath\.random\(/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(impure).toEqual([]);
  });
});
