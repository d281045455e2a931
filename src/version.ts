import { readFileSync } from 'node:fs';
import { packageUrl } from './paths.ts';

const pkg = JSON.parse(readFileSync(packageUrl('package.json'), 'utf8')) as { name: string; version: string; homepage: string };

export const VERSION = pkg.version;
export const HOMEPAGE = pkg.homepage;
/**
 * canada.ca's CDN refuses anonymous clients: say who we are and where to find us, from package.json.
 * The default of HTTP_USER_AGENT (src/config/env.ts), which an operator may set to name their own instance.
 */
export const USER_AGENT = `${pkg.name}/${pkg.version} (+${pkg.homepage})`;
