import { ApplicationCommandOptionType, ApplicationCommandType, ButtonStyle, ComponentType, Locale, MessageFlags } from 'discord.js';
import type { Json } from './fake-discord-model.ts';

/** Discord's nested `errors` object of a 50035 "Invalid Form Body" answer. */
export class FormErrors {
  readonly tree: Json = {};
  count = 0;
  add(path: (string | number)[], code: string, message: string): void {
    let node = this.tree;
    for (const key of path) {
      const k = String(key);
      const next = node[k];
      if (typeof next === 'object' && next !== null) node = next as Json;
      else {
        const created: Json = {};
        node[k] = created;
        node = created;
      }
    }
    const list = Array.isArray(node['_errors']) ? (node['_errors'] as Json[]) : [];
    list.push({ code, message });
    node['_errors'] = list;
    this.count++;
  }
  /** The body Discord answers with, or null when nothing was wrong. */
  body(): Json | null {
    return this.count === 0 ? null : { message: 'Invalid Form Body', code: 50035, errors: this.tree };
  }
}

export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const LOCALES = new Set<string>(Object.values(Locale));
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkName(e: FormErrors, path: (string | number)[], name: unknown, chatInput: boolean): void {
  if (typeof name !== 'string' || name.length < 1 || name.length > 32) return e.add(path, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
  if (chatInput && (!NAME.test(name) || name !== name.toLowerCase())) e.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
}

function checkDescription(e: FormErrors, path: (string | number)[], d: unknown): void {
  if (typeof d !== 'string' || d.length < 1 || d.length > 100) e.add(path, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
}

function checkLocalizations(e: FormErrors, path: (string | number)[], v: unknown, each: (p: (string | number)[], value: unknown) => void): void {
  if (v === undefined || v === null) return;
  if (!isObj(v)) return e.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
  for (const [locale, value] of Object.entries(v)) {
    if (!LOCALES.has(locale)) e.add([...path, locale], 'ENUM_TYPE_COERCE', `Value "${locale}" is not a valid enum value.`);
    else each([...path, locale], value);
  }
}

/** Characters Discord counts towards a command's 4,000 (name, description, option names, descriptions and choice values). */
function commandSize(o: Json): number {
  let n = (str(o['name'])?.length ?? 0) + (str(o['description'])?.length ?? 0);
  for (const c of arr(o['choices'])) if (isObj(c)) n += (str(c['name'])?.length ?? 0) + (typeof c['value'] === 'string' || typeof c['value'] === 'number' ? String(c['value']).length : 0);
  for (const sub of arr(o['options'])) if (isObj(sub)) n += commandSize(sub);
  return n;
}

const T = ApplicationCommandOptionType;

function checkOptions(e: FormErrors, path: (string | number)[], options: unknown, level: 'command' | 'subcommand' | 'group'): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) return e.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (options.length > 25) e.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  const names = new Set<string>();
  let sawOptional = false;
  let subs = 0;
  options.forEach((raw, i) => {
    const p = [...path, i];
    if (!isObj(raw)) return e.add(p, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    const rawType = raw['type'];
    if (typeof rawType !== 'number' || !Number.isInteger(rawType) || rawType < 1 || rawType > 11)
      return e.add([...p, 'type'], 'ENUM_TYPE_COERCE', `Value "${String(rawType)}" is not a valid enum value.`);
    const type = rawType as ApplicationCommandOptionType;
    checkName(e, [...p, 'name'], raw['name'], true);
    checkDescription(e, [...p, 'description'], raw['description']);
    checkLocalizations(e, [...p, 'name_localizations'], raw['name_localizations'], (lp, v) => checkName(e, lp, v, true));
    checkLocalizations(e, [...p, 'description_localizations'], raw['description_localizations'], (lp, v) => checkDescription(e, lp, v));
    const name = str(raw['name']) ?? '';
    if (names.has(name)) e.add([...p, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
    names.add(name);
    const isSub = type === T.Subcommand || type === T.SubcommandGroup;
    if (isSub) {
      subs++;
      if (level === 'subcommand' || (level === 'group' && type === T.SubcommandGroup))
        e.add([...p, 'type'], 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'Sub-command and sub-command group option types are mutually exclusive to all other types');
      if (raw['required'] !== undefined) e.add([...p, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Sub-commands cannot be required');
      checkOptions(e, [...p, 'options'], raw['options'], type === T.SubcommandGroup ? 'group' : 'subcommand');
      return;
    }
    if (level === 'group') e.add([...p, 'type'], 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'A sub-command group may contain only sub-commands');
    if (raw['options'] !== undefined) e.add([...p, 'options'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Only sub-commands and groups may have options');
    const required = raw['required'] === true;
    if (required && sawOptional) e.add([...p, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    if (!required) sawOptional = true;
    const numeric = type === T.Integer || type === T.Number;
    for (const key of ['min_value', 'max_value'] as const) {
      const v = raw[key];
      if (v === undefined) continue;
      if (!numeric) e.add([...p, key], 'APPLICATION_COMMAND_OPTION_INVALID', `${key} is only valid for INTEGER and NUMBER options`);
      else if (typeof v !== 'number' || (type === T.Integer && !Number.isInteger(v))) e.add([...p, key], 'NUMBER_TYPE_COERCE', `Value "${JSON.stringify(v)}" is not a valid number.`);
    }
    if (typeof raw['min_value'] === 'number' && typeof raw['max_value'] === 'number' && raw['min_value'] > raw['max_value'])
      e.add([...p, 'max_value'], 'APPLICATION_COMMAND_OPTION_INVALID', 'max_value must be greater than or equal to min_value');
    for (const [key, lo] of [
      ['min_length', 0],
      ['max_length', 1],
    ] as const) {
      const v = raw[key];
      if (v === undefined) continue;
      if (type !== T.String) e.add([...p, key], 'APPLICATION_COMMAND_OPTION_INVALID', `${key} is only valid for STRING options`);
      else if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > 6000) e.add([...p, key], 'NUMBER_TYPE_MAX', `Must be between ${lo} and 6000.`);
    }
    if (raw['channel_types'] !== undefined && type !== T.Channel) e.add([...p, 'channel_types'], 'APPLICATION_COMMAND_OPTION_INVALID', 'channel_types is only valid for CHANNEL options');
    const choices = raw['choices'];
    if (raw['autocomplete'] === true) {
      if (type !== T.String && !numeric) e.add([...p, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_INVALID', 'Autocomplete is only valid for STRING, INTEGER and NUMBER options');
      if (Array.isArray(choices) && choices.length > 0) e.add([...p, 'autocomplete'], 'AUTOCOMPLETE_AND_CHOICES_ERROR', 'Autocomplete cannot be set with choices');
    }
    if (choices !== undefined) {
      if (type !== T.String && !numeric) e.add([...p, 'choices'], 'APPLICATION_COMMAND_OPTION_INVALID', 'Choices are only valid for STRING, INTEGER and NUMBER options');
      checkChoices(e, [...p, 'choices'], choices, type);
    }
  });
  if (subs > 0 && subs !== options.length) e.add(path, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-command and sub-command group option types are mutually exclusive to all other types');
}

/** Choices of a command option or of an autocomplete answer (at most 25, names 1–100, values of the option's type). */
export function checkChoices(e: FormErrors, path: (string | number)[], choices: unknown, type: ApplicationCommandOptionType | null): void {
  if (!Array.isArray(choices)) return e.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (choices.length > 25) e.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  choices.forEach((c, i) => {
    if (!isObj(c)) return e.add([...path, i], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    const name = c['name'];
    if (typeof name !== 'string' || name.length < 1 || name.length > 100) e.add([...path, i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    const v = c['value'];
    const wantString = type === T.String || (type === null && typeof v === 'string');
    if (wantString) {
      if (typeof v !== 'string' || v.length > 100) e.add([...path, i, 'value'], 'BASE_TYPE_MAX_LENGTH', 'Must be a string of 100 or fewer in length.');
    } else if (typeof v !== 'number' || (type === T.Integer && !Number.isInteger(v))) e.add([...path, i, 'value'], 'NUMBER_TYPE_COERCE', `Value "${String(v)}" is not a valid number.`);
  });
}

/** Validates a bulk overwrite body (an array of commands). */
export function validateCommands(body: unknown, scope: 'global' | 'guild'): FormErrors {
  const e = new FormErrors();
  if (!Array.isArray(body)) {
    e.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return e;
  }
  const seen = new Set<string>();
  const perType = new Map<number, number>();
  body.forEach((raw, i) => {
    if (!isObj(raw)) return e.add([i], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    const rawType = typeof raw['type'] === 'number' ? raw['type'] : 1;
    if (!Number.isInteger(rawType) || rawType < 1 || rawType > 4) return e.add([i, 'type'], 'ENUM_TYPE_COERCE', `Value "${rawType}" is not a valid enum value.`);
    const type = rawType as ApplicationCommandType;
    const chat = type === ApplicationCommandType.ChatInput;
    checkName(e, [i, 'name'], raw['name'], chat);
    checkLocalizations(e, [i, 'name_localizations'], raw['name_localizations'], (lp, v) => checkName(e, lp, v, chat));
    if (chat) {
      checkDescription(e, [i, 'description'], raw['description']);
      checkLocalizations(e, [i, 'description_localizations'], raw['description_localizations'], (lp, v) => checkDescription(e, lp, v));
      checkOptions(e, [i, 'options'], raw['options'], 'command');
      if (commandSize(raw) > 4000) e.add([i], 'APPLICATION_COMMAND_TOO_LARGE', 'Command exceeds maximum size (4000)');
    } else {
      if (raw['description'] !== undefined && raw['description'] !== '') e.add([i, 'description'], 'BASE_TYPE_MAX_LENGTH', 'Must be 0 or fewer in length.');
      if (raw['options'] !== undefined) e.add([i, 'options'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Only CHAT_INPUT commands may have options');
    }
    const dmp = raw['default_member_permissions'];
    if (dmp !== undefined && dmp !== null && !(typeof dmp === 'string' && /^\d+$/.test(dmp)) && !(typeof dmp === 'number' && Number.isInteger(dmp)))
      e.add([i, 'default_member_permissions'], 'BASE_TYPE_BAD_INT', 'Must be a permission bit set as a string of digits.');
    for (const key of ['contexts', 'integration_types'] as const) {
      const v = raw[key];
      if (v === undefined || v === null) continue;
      const max = key === 'contexts' ? 2 : 1;
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'number' || x < 0 || x > max)) e.add([i, key], 'ENUM_TYPE_COERCE', `Values of ${key} must be among 0–${max}.`);
      else if (scope === 'guild') e.add([i, key], 'APPLICATION_COMMAND_INVALID', `${key} is only valid for global commands`);
    }
    const key = `${type}:${str(raw['name']) ?? ''}`;
    if (seen.has(key)) e.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    seen.add(key);
    perType.set(type, (perType.get(type) ?? 0) + 1);
  });
  if ((perType.get(ApplicationCommandType.ChatInput) ?? 0) > 100) e.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer CHAT_INPUT commands.');
  return e;
}

const EMBED_LIMITS: [string, number][] = [
  ['title', 256],
  ['description', 4096],
];

function checkEmbeds(e: FormErrors, embeds: unknown): void {
  if (!Array.isArray(embeds)) return e.add(['embeds'], 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (embeds.length > 10) e.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  embeds.forEach((raw, i) => {
    const p = ['embeds', i];
    if (!isObj(raw)) return e.add(p, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    for (const [key, max] of EMBED_LIMITS) {
      const v = raw[key];
      if (v === undefined) continue;
      if (typeof v !== 'string' || v.length > max) e.add([...p, key], 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
      else total += v.length;
    }
    const color = raw['color'];
    if (color !== undefined && color !== null && (typeof color !== 'number' || !Number.isInteger(color) || color < 0 || color > 0xffffff))
      e.add([...p, 'color'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 16777215.');
    const url = raw['url'];
    if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\//.test(url))) e.add([...p, 'url'], 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
    const ts = raw['timestamp'];
    if (ts !== undefined && (typeof ts !== 'string' || Number.isNaN(Date.parse(ts)))) e.add([...p, 'timestamp'], 'DATE_TYPE_PARSE', 'Could not parse timestamp.');
    for (const [part, key, max] of [
      ['footer', 'text', 2048],
      ['author', 'name', 256],
    ] as const) {
      const o = raw[part];
      if (o === undefined) continue;
      const v = isObj(o) ? o[key] : undefined;
      if (typeof v !== 'string' || v.length < 1 || v.length > max) e.add([...p, part, key], 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${max} in length.`);
      else total += v.length;
    }
    for (const part of ['image', 'thumbnail'] as const) {
      const o = raw[part];
      if (o === undefined) continue;
      const u = isObj(o) ? o['url'] : undefined;
      if (typeof u !== 'string' || !/^(https?|attachment):\/\//.test(u)) e.add([...p, part, 'url'], 'URL_TYPE_INVALID_URL', 'Scheme must be one of (http, https, attachment).');
    }
    const fields = raw['fields'];
    if (fields === undefined) return;
    if (!Array.isArray(fields)) return e.add([...p, 'fields'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    if (fields.length > 25) e.add([...p, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    fields.forEach((f, j) => {
      const name = isObj(f) ? f['name'] : undefined;
      const value = isObj(f) ? f['value'] : undefined;
      if (typeof name !== 'string' || name.length < 1 || name.length > 256) e.add([...p, 'fields', j, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 256 in length.');
      else total += name.length;
      if (typeof value !== 'string' || value.length < 1 || value.length > 1024) e.add([...p, 'fields', j, 'value'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 1024 in length.');
      else total += value.length;
    });
  });
  if (total > 6000) e.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
}

function checkComponents(e: FormErrors, components: unknown): void {
  if (!Array.isArray(components)) return e.add(['components'], 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (components.length > 5) e.add(['components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  const ids = new Set<string>();
  components.forEach((row, i) => {
    const p = ['components', i];
    if (!isObj(row) || row['type'] !== ComponentType.ActionRow) return e.add([...p, 'type'], 'UNION_TYPE_CHOICES', 'Top-level components must be action rows.');
    const children = arr(row['components']);
    if (children.length < 1 || children.length > 5) e.add([...p, 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
    children.forEach((c, j) => {
      const cp = [...p, 'components', j];
      if (!isObj(c) || c['type'] !== ComponentType.Button) return;
      const label = c['label'];
      if (label !== undefined && (typeof label !== 'string' || label.length > 80)) e.add([...cp, 'label'], 'BASE_TYPE_MAX_LENGTH', 'Must be 80 or fewer in length.');
      const style = c['style'];
      if (style === ButtonStyle.Link) {
        if (typeof c['url'] !== 'string') e.add([...cp, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required');
        return;
      }
      if (style === ButtonStyle.Premium) return;
      const id = c['custom_id'];
      if (typeof id !== 'string' || id.length < 1 || id.length > 100) return e.add([...cp, 'custom_id'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      if (ids.has(id)) e.add([...cp, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
      ids.add(id);
    });
  });
}

function checkAllowedMentions(e: FormErrors, am: unknown): void {
  if (!isObj(am)) return e.add(['allowed_mentions'], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
  const parse = am['parse'];
  if (parse !== undefined) {
    const list = arr(parse);
    list.forEach((v, i) => {
      if (v !== 'users' && v !== 'roles' && v !== 'everyone') e.add(['allowed_mentions', 'parse', i], 'ENUM_TYPE_COERCE', `Value "${String(v)}" is not a valid enum value.`);
    });
    for (const kind of ['users', 'roles'] as const) {
      if (list.includes(kind) && arr(am[kind]).length > 0)
        e.add(['allowed_mentions', 'parse'], 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`);
    }
  }
  for (const kind of ['users', 'roles'] as const) if (arr(am[kind]).length > 100) e.add(['allowed_mentions', kind], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
}

/** Flags a bot may set: SuppressEmbeds, SuppressNotifications, IsComponentsV2, and Ephemeral where interactions allow it. */
const SETTABLE_FLAGS = MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2;

/**
 * Validates a message body (create, edit, interaction reply, follow-up). Returns the form errors,
 * or `empty` when a new message would have nothing to show (Discord's 50006).
 */
export function validateMessage(body: Json, opts: { fileCount: number; creating: boolean; ephemeralAllowed: boolean }): { errors: FormErrors; empty: boolean } {
  const e = new FormErrors();
  const content = body['content'];
  if (content !== undefined && content !== null && (typeof content !== 'string' || content.length > 2000)) e.add(['content'], 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
  if (body['embeds'] !== undefined && body['embeds'] !== null) checkEmbeds(e, body['embeds']);
  const flags = typeof body['flags'] === 'number' ? body['flags'] : 0;
  const allowed = SETTABLE_FLAGS | (opts.ephemeralAllowed ? MessageFlags.Ephemeral : 0);
  if (flags & ~allowed) e.add(['flags'], 'MESSAGE_FLAGS_INVALID', `Flags ${flags & ~allowed} cannot be set on this message.`);
  if (body['components'] !== undefined && body['components'] !== null && !(flags & MessageFlags.IsComponentsV2)) checkComponents(e, body['components']);
  if (body['allowed_mentions'] !== undefined && body['allowed_mentions'] !== null) checkAllowedMentions(e, body['allowed_mentions']);
  const hasContent = typeof content === 'string' && content.trim().length > 0;
  const empty =
    opts.creating &&
    e.count === 0 &&
    !hasContent &&
    arr(body['embeds']).length === 0 &&
    arr(body['components']).length === 0 &&
    arr(body['sticker_ids']).length === 0 &&
    body['poll'] === undefined &&
    opts.fileCount === 0;
  return { errors: e, empty };
}
