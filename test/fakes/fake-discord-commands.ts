import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import type { Json, World } from './fake-discord-model.ts';
import { arr, isObj, str } from './fake-discord-validate.ts';

/** A registered command as Discord stores it (ids kept across bulk overwrites of the same name and type). */
export type StoredCommand = Json & { id: string; name: string; type: ApplicationCommandType };

/** Registered commands: global, and per guild. */
export class CommandStore {
  readonly global: StoredCommand[] = [];
  readonly guild = new Map<string, StoredCommand[]>();
  /** Every bulk overwrite, in order, with what it stored. */
  /** `scope` is 'global' or a guild id. */
  readonly overwrites: { scope: string; at: number; commands: StoredCommand[] }[] = [];
  private version = 1n;

  constructor(
    private readonly world: World,
    private readonly applicationId: string,
  ) {}

  list(guildId: string | null): StoredCommand[] {
    return guildId === null ? this.global : (this.guild.get(guildId) ?? []);
  }

  /** Bulk overwrite: replaces the scope's commands; one with the same name and type keeps its id. */
  overwrite(guildId: string | null, body: Json[]): StoredCommand[] {
    const before = this.list(guildId);
    const stored = body.map((raw): StoredCommand => {
      const type = (typeof raw['type'] === 'number' ? raw['type'] : ApplicationCommandType.ChatInput) as ApplicationCommandType;
      const name = str(raw['name']) ?? '';
      const previous = before.find((c) => c.name === name && c.type === type);
      const dmp = raw['default_member_permissions'];
      return {
        ...raw,
        id: previous?.id ?? this.world.ids.next(),
        application_id: this.applicationId,
        version: (this.version++).toString(),
        type,
        name,
        description: str(raw['description']) ?? '',
        default_member_permissions: typeof dmp === 'string' || typeof dmp === 'number' ? String(dmp) : null,
        nsfw: raw['nsfw'] === true,
        ...(guildId ? { guild_id: guildId } : { contexts: raw['contexts'] ?? null, integration_types: raw['integration_types'] ?? [0] }),
        dm_permission: raw['dm_permission'] !== false,
      };
    });
    if (guildId === null) this.global.splice(0, this.global.length, ...stored);
    else this.guild.set(guildId, stored);
    this.overwrites.push({ scope: guildId ?? 'global', at: Date.now(), commands: stored });
    return stored;
  }

  /** The command a user would see in that place: a guild command first, then a global one. */
  find(name: string, guildId: string | null): StoredCommand | undefined {
    const isChat = (c: StoredCommand) => c.name === name && c.type === ApplicationCommandType.ChatInput;
    return (guildId ? this.list(guildId).find(isChat) : undefined) ?? this.global.find(isChat);
  }
}

/** A value a test gives for an option; users, channels, roles and mentionables are given by id. */
export type OptionValue = string | number | boolean;

const T = ApplicationCommandOptionType;

export class OptionError extends Error {}

/**
 * Builds `data.options` as the Discord client would send them for the registered schema: the right
 * types, subcommand nesting, required options present, choices and bounds respected. Throws an
 * OptionError for input the client would not let a user send.
 */
export function buildOptions(
  world: World,
  command: StoredCommand,
  input: { subcommand?: string; group?: string; options?: Record<string, OptionValue>; focused?: string },
): { options: Json[]; resolved: Json | null } {
  let schema = arr(command['options']).filter(isObj);
  const wrap: { name: string; type: number }[] = [];
  if (input.group) {
    const g = schema.find((o) => o['name'] === input.group && o['type'] === T.SubcommandGroup);
    if (!g) throw new OptionError(`/${command.name} has no subcommand group "${input.group}"`);
    wrap.push({ name: input.group, type: T.SubcommandGroup });
    schema = arr(g['options']).filter(isObj);
  }
  const hasSubs = schema.some((o) => o['type'] === T.Subcommand);
  if (hasSubs || input.subcommand) {
    const s = schema.find((o) => o['name'] === input.subcommand && o['type'] === T.Subcommand);
    if (!s) throw new OptionError(`/${command.name} needs one of its subcommands (${schema.map((o) => String(o['name'])).join(', ')}), got "${input.subcommand ?? ''}"`);
    wrap.push({ name: input.subcommand!, type: T.Subcommand });
    schema = arr(s['options']).filter(isObj);
  }
  const given = input.options ?? {};
  const resolved: Record<string, Json> = {};
  const leaf: Json[] = [];
  for (const name of Object.keys(given)) {
    if (!schema.some((o) => o['name'] === name)) throw new OptionError(`/${command.name} has no option "${name}" (it has: ${schema.map((o) => String(o['name'])).join(', ') || 'none'})`);
  }
  for (const o of schema) {
    const name = String(o['name']);
    const type = Number(o['type']);
    const focused = input.focused === name;
    if (!(name in given)) {
      if (o['required'] === true && !input.focused) throw new OptionError(`/${command.name}: option "${name}" is required`);
      continue;
    }
    const raw = given[name]!;
    if (focused) {
      if (o['autocomplete'] !== true) throw new OptionError(`/${command.name}: option "${name}" has no autocomplete`);
      leaf.push({ name, type, value: String(raw), focused: true });
      continue;
    }
    leaf.push({ name, type, value: coerce(world, command.name, o, raw, resolved) });
  }
  if (input.focused && !leaf.some((l) => l['focused'] === true)) throw new OptionError(`/${command.name}: the focused option "${input.focused}" needs a (partial) value`);
  let options: Json[] = leaf;
  for (const w of wrap.reverse()) options = [{ name: w.name, type: w.type, options }];
  return { options, resolved: Object.keys(resolved).length > 0 ? resolved : null };
}

function coerce(world: World, command: string, o: Json, raw: OptionValue, resolved: Record<string, Json>): OptionValue {
  const name = String(o['name']);
  const type = Number(o['type']) as ApplicationCommandOptionType;
  const bad = (why: string): never => {
    throw new OptionError(`/${command}: option "${name}" ${why}`);
  };
  const choices = arr(o['choices']).filter(isObj);
  const checkChoice = (v: OptionValue) => {
    if (choices.length > 0 && !choices.some((c) => c['value'] === v)) bad(`must be one of ${choices.map((c) => JSON.stringify(c['value'])).join(', ')}`);
    return v;
  };
  const add = (kind: string, id: string, value: Json) => {
    const bucket = (resolved[kind] ??= {});
    bucket[id] = value;
  };
  switch (type) {
    case T.String: {
      const v = String(raw);
      if (typeof o['min_length'] === 'number' && v.length < o['min_length']) bad(`must be at least ${o['min_length']} characters`);
      if (typeof o['max_length'] === 'number' && v.length > o['max_length']) bad(`must be at most ${o['max_length']} characters`);
      return checkChoice(v);
    }
    case T.Integer:
    case T.Number: {
      const v = typeof raw === 'number' ? raw : Number(raw);
      if (!Number.isFinite(v) || (type === T.Integer && !Number.isInteger(v))) bad(`must be ${type === T.Integer ? 'an integer' : 'a number'}`);
      if (typeof o['min_value'] === 'number' && v < o['min_value']) bad(`must be at least ${o['min_value']}`);
      if (typeof o['max_value'] === 'number' && v > o['max_value']) bad(`must be at most ${o['max_value']}`);
      return checkChoice(v);
    }
    case T.Boolean:
      return raw === true || raw === 'true';
    case T.User: {
      const u = world.users.get(String(raw)) ?? bad('must be a known user id');
      add('users', u.id, world.userJSON(u));
      return u.id;
    }
    case T.Channel: {
      const c = world.channels.get(String(raw)) ?? bad('must be a known channel id');
      add('channels', c.id, { id: c.id, name: c.name, type: c.type, parent_id: c.parentId, guild_id: c.guildId, permissions: '0', flags: 0 });
      return c.id;
    }
    case T.Role: {
      const r = world.roles.get(String(raw)) ?? bad('must be a known role id');
      add('roles', r.id, world.roleJSON(r));
      return r.id;
    }
    default:
      return bad(`has type ${type}, which this fake cannot fill`);
  }
}
