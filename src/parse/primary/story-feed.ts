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
  lines.filter((l) => l.zone !== 'related' && AGED_STORY.test(l.text) && !AUTHOR_STAMP.test(l.text)).length >= FEED_STORIES;
