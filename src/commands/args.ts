import type { Translate } from '../i18n/localizer.ts';
import type { CommandArgs, CommandOption } from './types.ts';
import { UserError } from './user-error.ts';

export interface CommandLine {
  name: string;
  rest: string;
}

/** "/latest@my_bot cec" → { name: "latest", rest: "cec" }; null when it is not a command. */
export function splitCommandLine(line: string): CommandLine | null {
  const m = /^\s*\/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec(line);
  if (!m) return null;
  return { name: (m[1] ?? '').toLowerCase(), rest: (m[2] ?? '').trim() };
}

const looksNumeric = (s: string): boolean => /^[-+−]?\d/.test(s);

function fits(option: CommandOption, word: string): boolean {
  if (option.type === 'integer') return looksNumeric(word);
  return option.pattern ? option.pattern.test(word) : true;
}

/**
 * Words typed in order → named options. Options before the `rest` option take words from the front,
 * options after it take words from the end when the word fits (a number, a period…), and the
 * `rest` option takes what remains ("/history Canadian Experience Class 5").
 */
export function parseArgs(allOptions: CommandOption[], text: string, t?: Translate): CommandArgs {
  const options = allOptions.filter((o) => !o.typedOnly);
  const words = text.split(/[\s]+/).filter(Boolean);
  const args: CommandArgs = {};
  const restIndex = options.findIndex((o) => o.rest);
  const leading = restIndex < 0 ? options : options.slice(0, restIndex);
  const trailing = restIndex < 0 ? [] : options.slice(restIndex + 1);
  for (const option of leading) {
    const word = words[0];
    if (word === undefined) break;
    if (!option.required && option.pattern && !option.pattern.test(word)) continue;
    args[option.name] = words.shift();
  }
  for (const option of [...trailing].reverse()) {
    const word = words[words.length - 1];
    if (word !== undefined && fits(option, word)) args[option.name] = words.pop();
  }
  const restOption = restIndex >= 0 ? options[restIndex] : undefined;
  if (restOption && words.length > 0) args[restOption.name] = words.join(' ');
  else if (words.length > 0) throw new UserError(t ? t('errors.unexpectedWords', { words: words.join(' ').slice(0, 60) }) : `unexpected "${words.join(' ')}"`);
  for (const option of options) {
    if (option.required && !args[option.name]) throw new UserError(t ? t('errors.missingOption', { name: option.name }) : `missing ${option.name}`);
  }
  return args;
}
