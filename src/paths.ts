import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Two kinds of paths, resolved from two places (docs/deploy.md "Paths"):
 * - what ships with the package (config/, assets/) resolves from the package's own folder, so the
 *   bot works from any working directory and from a global or npx install;
 * - what the user gives (SOURCES_FILE, a sqlite:// file in STORE_URL) resolves from the working
 *   directory, as every command-line tool does.
 */

/** The package's root folder (the one holding package.json), as a URL and as a path. */
const PACKAGE_URL = new URL('../', import.meta.url);
export const PACKAGE_ROOT = fileURLToPath(PACKAGE_URL);

/** A shipped file or folder as a file URL, e.g. packageUrl('config/locales/') (folders end in /). */
export function packageUrl(relative: string): URL {
  return new URL(relative, PACKAGE_URL);
}

/** A file or folder shipped with the package, e.g. packagePath('config', 'programs.json'). */
export function packagePath(...parts: string[]): string {
  return resolve(PACKAGE_ROOT, ...parts);
}

/** A path the user gave: absolute as it is, relative from the working directory. */
export function userPath(path: string, cwd: string = process.cwd()): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** The sources file the package ships, used when SOURCES_FILE is unset. */
export const SHIPPED_SOURCES_FILE = packagePath('config', 'sources.json');

/**
 * The file behind a `sqlite://` STORE_URL (absolute), ':memory:' for an in-memory SQLite, or null
 * for another kind of store. Pure: nothing is created (the store's own opener makes the folder).
 */
export function sqliteFileOf(storeUrl: string, cwd: string = process.cwd()): string | null {
  if (!storeUrl.startsWith('sqlite://')) return null;
  const path = storeUrl.slice('sqlite://'.length);
  if (!path || path === ':memory:') return path || null;
  return userPath(path, cwd);
}
