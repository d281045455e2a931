/**
 * What `--help` says for each verb, and the usage text built from the same table, so the two never
 * disagree. Arguments are parsed with node:util's parseArgs (no CLI library): the verbs are few,
 * their options simple, and a table of help texts is all a library would have added.
 */
export interface VerbHelp {
  /** The call, after "ee-draw-bot ". */
  usage: string;
  /** One line for the usage list. */
  summary: string;
  /** What it does, in a sentence or two. */
  description: string;
  options: readonly (readonly [flag: string, text: string])[];
  example: string;
}

export const VERB_HELP = {
  run: {
    usage: 'run',
    summary: 'start the pollers and every platform whose token is set (the console without tokens)',
    description:
      'Starts the pollers and every platform whose token is set. With no token the console platform prints alerts on stdout and runs command lines typed on stdin (/latest cec) as the console user; end of input does not stop it. Ctrl-C or SIGTERM stops it.',
    options: [],
    example: 'TELEGRAM_TOKEN=123456:ABC-def ee-draw-bot run',
  },
  demo: {
    usage: 'demo',
    summary: 'play a made-up new round and print the alert and a personal ping',
    description: 'Plays a made-up new round through the real chain and prints the channel alert and a personal ping as subscribers would see them. The store is left untouched.',
    options: [],
    example: 'ee-draw-bot demo',
  },
  poll: {
    usage: 'poll --once [--json]',
    summary: 'poll every source once and print what changed',
    description:
      'Polls every source once, stores what it learns and prints one line per event: a new draw, a reported draw confirmed by IRCC, a corrected draw. Nothing is printed when nothing changed. A failing source is named on stderr and does not stop the others; the exit code is 0.',
    options: [
      ['--once', 'poll once and exit (required: "run" polls on a schedule)'],
      ['--json', 'one JSON object a line: the draw\'s fields plus "event": "new" | "confirmed" | "corrected"'],
    ],
    example: 'ee-draw-bot poll --once --json',
  },
  parse: {
    usage: 'parse [FILE|-] [--published YYYY-MM-DD]',
    summary: 'read a news article and print the draws it states, as JSON',
    description:
      'Reads an article (plain text or HTML) from FILE, or from standard input when FILE is "-" or absent, and prints one JSON object: the draws the text states and which of them it announces as new.',
    options: [['--published YYYY-MM-DD', 'the article\'s publication date, for texts that give a day without its year ("May 30")']],
    example: 'ee-draw-bot parse article.html --published 2025-11-29',
  },
  ask: {
    usage: 'ask "<command line>" [--user ID] [--lang en|fr] [--out DIR]',
    summary: 'run a chat command (e.g. "/latest cec") and print the reply',
    description: 'Runs a chat command through the console platform and prints the reply as text. An image in the reply (/chart) is written to a file and its path printed.',
    options: [
      ['--user ID', 'run it as this user (default: console-user)'],
      ['--lang en|fr', "the language of this one answer (default: the user's choice with /language, else English)"],
      ['--out DIR', 'where an image is written (default: a new temporary folder)'],
    ],
    example: 'ee-draw-bot ask "/latest cec" --lang fr',
  },
  export: {
    usage: 'export [--format json|csv] [--program P]',
    summary: 'print every stored draw, newest first',
    description: "Prints every stored draw, newest first: JSON one object a line (the draw record's fields), or CSV with a header.",
    options: [
      ['--format json|csv', 'the output format (default: json)'],
      ['--program P', 'only this program: a code or a name (cec, "canadian experience", pnp …)'],
    ],
    example: 'ee-draw-bot export --format csv --program pnp > pnp-draws.csv',
  },
  import: {
    usage: 'import subscriptions FILE|-',
    summary: 'add subscriptions in bulk from JSON lines or CSV',
    description:
      'Adds subscriptions in bulk (an operator moving from another bot) from FILE, or standard input for "-": JSON lines, or CSV with the same fields as columns. Prints how many were added, changed and refused. A bad row is reported with its line number and nothing of the file is written.',
    options: [],
    example: 'ee-draw-bot import subscriptions subscriptions.jsonl',
  },
  'deploy-commands': {
    usage: 'deploy-commands',
    summary: 'register the Discord slash commands (globally, or in DISCORD_GUILD_ID)',
    description: 'Registers the Discord slash commands with DISCORD_TOKEN and DISCORD_APPLICATION_ID: globally, or only in the guild DISCORD_GUILD_ID (for development, where changes show at once).',
    options: [],
    example: 'DISCORD_GUILD_ID=1191000000000000001 ee-draw-bot deploy-commands',
  },
  doctor: {
    usage: 'doctor [--offline]',
    summary: 'check configuration, tokens, store and sources',
    description: 'Checks the configuration, the tokens, the store (which one, whether it exists, what it holds) and the sources, and says what is wrong in plain words. Exit 1 when something fails.',
    options: [['--offline', 'no network: skip reading the sources and asking Telegram about the token']],
    example: 'ee-draw-bot doctor --offline',
  },
} as const satisfies Record<string, VerbHelp>;

export type VerbName = keyof typeof VERB_HELP;

export const VERB_NAMES = Object.keys(VERB_HELP) as VerbName[];

export function isVerbName(name: string): name is VerbName {
  return Object.hasOwn(VERB_HELP, name);
}

/** `--help` or `-h` among the verb's own arguments (not after `--`, where it is data). */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

const COLUMN = 38;

/** The text of `ee-draw-bot --help`: every verb with its options. */
export function usageText(): string {
  const lines = VERB_NAMES.map((name) => {
    const { usage, summary } = VERB_HELP[name];
    return usage.length < COLUMN ? `  ${usage.padEnd(COLUMN)}${summary}` : `  ${usage}\n  ${' '.repeat(COLUMN)}${summary}`;
  });
  return [
    'Usage: ee-draw-bot <command> [options]',
    '',
    ...lines,
    '',
    'Every command takes --help (or -h): its options and an example.',
    'Configuration comes from the environment and a .env file in the working directory; see .env.example.',
    '',
  ].join('\n');
}

/** Words wrapped at `width` columns, for prose that a terminal would otherwise break mid-word. */
function wrap(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** The text of `ee-draw-bot VERB --help`. */
export function verbHelpText(name: VerbName): string {
  const help: VerbHelp = VERB_HELP[name];
  const options: (readonly [string, string])[] = [...help.options, ['-h, --help', 'this help']];
  const width = Math.max(...options.map(([flag]) => flag.length)) + 2;
  return [
    `Usage: ee-draw-bot ${help.usage}`,
    '',
    ...wrap(help.description),
    '',
    'Options:',
    ...options.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
    '',
    'Example:',
    `  ${help.example}`,
    '',
  ].join('\n');
}

/** A usage error as stderr shows it: prefixed with the verb, then how to call it. */
export function usageErrorText(name: VerbName, message: string): string {
  return `ee-draw-bot ${name}: ${message}\nusage: ee-draw-bot ${VERB_HELP[name].usage}   (ee-draw-bot ${name} --help for more)\n`;
}
