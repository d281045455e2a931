import { STORY_AGE } from '../text/story-age.ts';

/**
 * A feed reader's or a news aggregator's page: a list of stories, each headline with its source and its age ("■ IRCC invites
 * 3,000 CEC candidates — Canada Wire · 3h", "Immigration.ca · Yesterday"). Each story is news of its own: every fresh round it
 * tells is the page's news, as in a digest of the week (choose-primary.ts; docs/parser.md "Session 61").
 */

/** A line that ends with a story's age after its source: "· 3h", "· 1d", "· 2 hours ago", "· Yesterday". */
const AGED_STORY = new RegExp(String.raw`[\u00b7|\u2022]\s?${STORY_AGE}\s*$`, 'i');
/** How many stories with their age make a feed. */
const FEED_STORIES = 2;

/** A comment's or a post's author with its age ("u/northern_lights_pr · 21h", "@maple_pr · 3h"): a thread, not a feed of stories. */
const AUTHOR_STAMP = /(?:^|\s)(?:u\/|@)[\w.-]+\s?[\u00b7|\u2022]|(?:^|\s)[\w.-]*_[\w.-]*\s?[\u00b7|\u2022]\s?\S+\s*$/;

/** Whether the page's lines, readers' comments left out (each signed with its age: "Harpreet · 2 hours ago"), make a feed of stories. */
export const isStoryFeed = (lines: readonly { readonly text: string; readonly zone: string }[]): boolean =>
  lines.filter((l) => l.zone !== 'related' && AGED_STORY.test(l.text) && !AUTHOR_STAMP.test(l.text)).length >= FEED_STORIES || isDigest(lines);

/** A newsletter's "Top stories" or "In this issue" heading over its numbered stories. */
const STORIES_HEADING = /^(?:top\s+stories|today['’]s\s+(?:top\s+)?stories|in\s+this\s+issue|headlines)\s*:?$/i;
/** A numbered story's heading: "1. Healthcare draw: IRCC invites 3,000", "2) Yesterday: small CEC round". */
const NUMBERED_STORY = /^\d{1,2}[.)]\s+\S/;

/**
 * A newsletter's digest ("CIC Daily Digest" over "Top stories" and "1. Healthcare draw: …", "2. Yesterday: small CEC round"):
 * each numbered story is news of its own, as in a feed of stories.
 */
const isDigest = (lines: readonly { readonly text: string; readonly zone: string }[]): boolean => {
  const at = lines.findIndex((l) => l.text.length <= 30 && STORIES_HEADING.test(l.text.trim()));
  return at >= 0 && lines.slice(at + 1).filter((l) => l.zone !== 'related' && NUMBERED_STORY.test(l.text)).length >= FEED_STORIES;
};
