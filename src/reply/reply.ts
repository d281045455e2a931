/**
 * The reply model: what a command answers and what an alert says, independent of any platform.
 * Platform adapters render it (Telegram HTML, Discord embeds, plain text on the console).
 */

export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface ReplyImage {
  filename: string;
  data: Uint8Array;
  alt: string;
}

export interface ReplyButton {
  label: string;
  /** A command line the button runs, e.g. "/subscribe cec". */
  command: string;
}

/** What a command answers, independent of any platform. Text is plain: adapters escape it. */
export interface Reply {
  title?: string;
  text?: string;
  fields?: ReplyField[];
  footer?: string;
  image?: ReplyImage;
  buttons?: ReplyButton[];
  /**
   * The page the reply is about (a draw's source, already checked to be a plain http(s) link).
   * The text still names it where it matters (the footer); platforms with rich cards (Discord)
   * also make the title a link to it.
   */
  url?: string;
  /** A colour hint (#rrggbb) for platforms that show one. */
  colour?: string;
  /** A refusal or a bad argument: shown only to the user where the platform can. */
  error?: boolean;
}
