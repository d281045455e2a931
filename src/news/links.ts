import type { SourceConfig } from '../config/sources.ts';
import type { Logger } from '../log.ts';
import type { FeedItem } from './feed-items.ts';

/**
 * Chat invitations and deep links: no draw alert ever needs one, and they are what a compromised
 * feed would push to the whole audience (join "our" group, message "our" agent).
 */
const CHAT_HOSTS = ['t.me', 'telegram.me', 'telegram.dog', 'discord.gg', 'discord.com', 'discordapp.com', 'chat.whatsapp.com', 'wa.me'];

/** `host` is `site` or one of its subdomains; a leading "www." of `site` is ignored. */
export function onSite(host: string, site: string): boolean {
  const base = site.toLowerCase().replace(/^www\./, '');
  const h = host.toLowerCase();
  return h === base || h.endsWith(`.${base}`);
}

/** Why an address may not be shown in an alert at all, or null when it is a plain web link. */
function unsafeReason(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'it is not a web address';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `its scheme ${url.protocol} is not http(s)`;
  if (!url.hostname) return 'it names no host';
  if (url.username || url.password) return 'it carries a user name or password (a way to disguise the real host)';
  if (CHAT_HOSTS.some((h) => onSite(url.hostname, h))) return `it leads to a chat (${url.hostname})`;
  return null;
}

/** The address as a URL when an alert may show it (http or https, a host, no credentials, no chat invite); else null. */
export function safeLink(raw: string | null | undefined): URL | null {
  if (!raw || unsafeReason(raw) !== null) return null;
  return new URL(raw.trim());
}

/** The hosts a source's article links may be on: the feed's own, and those listed in `linkHosts`. */
export function linkSitesOf(source: Pick<SourceConfig, 'url' | 'linkHosts'>): string[] {
  const own = URL.canParse(source.url) ? [new URL(source.url).hostname] : [];
  return [...own, ...(source.linkHosts ?? [])];
}

/** Why a feed item's link may not go into an alert of that source, or null when it may. */
export function linkProblem(link: string, sites: readonly string[]): string | null {
  const unsafe = unsafeReason(link);
  if (unsafe) return unsafe;
  const host = new URL(link.trim()).hostname;
  return sites.some((site) => onSite(host, site)) ? null : `${host} is not the source's own site (${sites.join(', ') || 'none'}); list it in the source's linkHosts if it is`;
}

/**
 * The item as an alert may use it: a link that is not a plain web link on the source's own site is
 * dropped (logged as a warning naming the source). The item still counts — its text identifies the
 * draw, its key (guid, link or text hash) still marks it read — it only goes without that link, and
 * its article page is not fetched.
 */
export function withSafeLink(item: FeedItem, source: Pick<SourceConfig, 'id' | 'url' | 'linkHosts'>, logger: Logger): FeedItem {
  if (item.link === null) return item;
  const problem = linkProblem(item.link, linkSitesOf(source));
  if (!problem) return item;
  logger.warn({ source: source.id, link: item.link.slice(0, 200), title: item.title.slice(0, 120) }, `dropped a feed item's link: ${problem}; the item is read without it`);
  return { ...item, link: null };
}
