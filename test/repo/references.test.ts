import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

/** Every file under `dir` whose name ends with one of `exts`. */
function files(dir: string, exts: string[]): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'node_modules' || name === 'fixtures' ? [] : files(path, exts);
    return exts.some((e) => name.endsWith(e)) ? [path] : [];
  });
}

describe('references to files of the repository', () => {
  it('comments in the code name only files that exist', () => {
    const missing: string[] = [];
    for (const file of ['src', 'commands', 'bin', 'scripts', 'test', 'bench'].flatMap((d) => files(d, ['.ts', '.js']))) {
      const comments = readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .filter((l) => /^\s*(\/\/|\*|\/\*)/.test(l));
      for (const line of comments) {
        for (const [path] of line.matchAll(/\b(?:docs|src|config|assets|test|bench|deploy|commands|bin|scripts)\/[\w./-]*\w/g)) {
          if (!path.includes('<') && !existsSync(join(ROOT, path))) missing.push(`${file}: ${path}`);
        }
        if (/\bDESIGN\.md\b/.test(line)) missing.push(`${file}: DESIGN.md`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('relative links in the Markdown docs lead to files that exist', () => {
    const missing: string[] = [];
    for (const file of ['README.md', 'CHANGELOG.md', ...files('docs', ['.md'])]) {
      for (const [, target] of readFileSync(join(ROOT, file), 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (!target || /^[a-z]+:/.test(target)) continue;
        const path = resolve(ROOT, dirname(file), target);
        if (!existsSync(path)) missing.push(`${file}: ${relative(ROOT, path)}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
