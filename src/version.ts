import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string; homepage?: string };

export const VERSION = pkg.version;
export const HOMEPAGE = pkg.homepage ?? 'https://github.com/ee-draw-bot/ee-draw-bot';
/** canada.ca's CDN refuses anonymous clients: say who we are and where to find us. */
export const USER_AGENT = `ee-draw-bot/${VERSION} (+${HOMEPAGE})`;
