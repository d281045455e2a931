/** A story's age as a feed shows it after its source: "3h", "1d", "2 hours ago", "Yesterday" (story-feed.ts, lines.ts). */
export const STORY_AGE = String.raw`(?:\d{1,2}\s?(?:h|hrs?|min|d)|\d{1,2}\s(?:hours?|minutes?|mins?|days?)\sago|yesterday|just now)`;
