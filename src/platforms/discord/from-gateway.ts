import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { InteractionFacts, InteractionIn, OptionValues } from './interaction-in.ts';

type Ours = ChatInputCommandInteraction | ButtonInteraction | AutocompleteInteraction;

/** The facts of an interaction discord.js built from the gateway. */
function factsOf(i: Ours): InteractionFacts {
  return {
    ref: { id: i.id, token: i.token, applicationId: i.applicationId },
    locale: i.locale,
    user: { id: i.user.id, name: i.user.globalName ?? i.user.username },
    place: i.inGuild()
      ? { kind: 'server', channelId: i.channelId, thread: i.channel?.isThread() ?? false, appPermissions: i.appPermissions.bitfield }
      : { kind: 'dm', channelId: i.channelId ?? i.user.id },
    memberPermissions: i.memberPermissions?.bitfield ?? null,
  };
}

/** A gateway interaction in the bot's terms; null for kinds the bot has none of (modals, menus, context menus). */
export function fromGateway(i: Interaction): InteractionIn | null {
  if (i.isAutocomplete()) {
    const focused = i.options.getFocused(true);
    return { kind: 'autocomplete', facts: factsOf(i), command: i.commandName, focused: { name: focused.name, value: String(focused.value) } };
  }
  if (i.isChatInputCommand()) {
    const options: OptionValues = {};
    for (const o of i.options.data) options[o.name] = o.value;
    return { kind: 'command', facts: factsOf(i), command: i.commandName, options };
  }
  if (i.isButton()) return { kind: 'button', facts: factsOf(i), customId: i.customId };
  return null;
}
