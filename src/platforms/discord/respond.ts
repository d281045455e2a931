import { InteractionResponseType, MessageFlags, Routes, type APICommandAutocompleteInteractionResponseCallbackData, type APIInteractionResponse } from 'discord.js';
import type { Logger } from '../../log.ts';
import type { Reply } from '../../reply/reply.ts';
import type { PacedRest } from './paced-rest.ts';
import { renderMessage } from './render-message.ts';

/** What answering needs of an interaction. */
export interface InteractionRef {
  id: string;
  token: string;
  applicationId: string;
  /**
   * An interaction received over HTTP: the first answer is the body of the response to Discord's
   * request, not a REST callback. It cannot carry a file: such an answer is deferred, then edited in.
   */
  respond?: (response: APIInteractionResponse) => void;
}

export interface AnswerOptions {
  /** Usually slower than a second (a chart): acknowledge at once. */
  slow: boolean;
  /** Every answer only for the user who asked (a button pressed under someone else's message). */
  ephemeral: boolean;
  /** The answer when the work throws, in the user's language. */
  internalError: () => Reply;
}

/** Discord wants the first answer within 3 s; anything not ready after this is acknowledged first ("thinking…"). */
export const DEFER_AFTER_MS = 1_000;
/** A callback is worth retrying after a 429 only within the 3 s; a follow-up, while its token lives (15 min). */
const CALLBACK_STALE_MS = 2_500;
const WEBHOOK_STALE_MS = 14 * 60_000;

type Outcome = { ok: true; reply: Reply } | { ok: false; err: unknown };

/**
 * Answers interactions through the lane: callbacks unmetered (Discord exempts them from the
 * global limit), follow-ups and edits of the reply metered like any message, replies ahead of alerts.
 */
export function createResponder(paced: PacedRest, logger: Logger, deferAfterMs = DEFER_AFTER_MS) {
  const callback = async (ref: InteractionRef, body: APIInteractionResponse, files: ReturnType<typeof renderMessage>['files'] = []): Promise<void> => {
    if (ref.respond) {
      if (files.length > 0) throw new Error('an answer with a file cannot be the body of an HTTP interaction response');
      ref.respond(body);
      return;
    }
    await paced.retrying(
      { method: 'post', route: Routes.interactionCallback(ref.id, ref.token), body, files, auth: false, key: `interaction:${ref.id}`, priority: 'reply', unmetered: true },
      CALLBACK_STALE_MS,
    );
  };
  const webhook = (ref: InteractionRef, method: 'patch', route: `/${string}`, message: ReturnType<typeof renderMessage>) =>
    paced.retrying({ method, route, body: message.body, files: message.files, auth: false, key: `webhook:${ref.id}`, priority: 'reply' }, WEBHOOK_STALE_MS);

  /**
   * The deferred reply ("thinking…") becomes the answer, a failure included: Discord fixes who sees
   * an answer when it is deferred (a follow-up would only replace the thinking message the same way),
   * so only answers given at once can be ephemeral errors.
   */
  async function complete(ref: InteractionRef, reply: Reply): Promise<void> {
    const { body, files } = renderMessage(reply);
    await webhook(ref, 'patch', Routes.webhookMessage(ref.applicationId, ref.token, '@original'), { body: { ...body, flags: undefined }, files });
  }

  return {
    /**
     * Runs `work` and answers with its reply: at once when it is ready within a second (user
     * errors only to the user), else after acknowledging ("thinking…") by editing that reply —
     * a late failure included, so the user is never left with a spinner.
     */
    async answer(ref: InteractionRef, work: () => Promise<Reply>, opts: AnswerOptions): Promise<void> {
      const result: Promise<Outcome> = work().then(
        (reply) => ({ ok: true, reply }),
        (err: unknown) => ({ ok: false, err }),
      );
      let deferred = opts.slow;
      if (!deferred) {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deferAfterMs)));
        deferred = (await Promise.race([result, late]).finally(() => clearTimeout(timer))) === 'late';
      }
      const defer = () => callback(ref, { type: InteractionResponseType.DeferredChannelMessageWithSource, ...(opts.ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}) });
      if (deferred) await defer();
      const outcome = await result;
      if (!outcome.ok) logger.error({ err: outcome.err, interaction: ref.id }, 'a Discord command failed');
      const reply = outcome.ok ? outcome.reply : opts.internalError();
      if (deferred) return complete(ref, reply);
      const { body, files } = renderMessage(reply, { ephemeral: opts.ephemeral || reply.error === true });
      if (ref.respond && files.length > 0) {
        await defer();
        return complete(ref, reply);
      }
      await callback(ref, { type: InteractionResponseType.ChannelMessageWithSource, data: body }, files);
    },

    /** Autocomplete choices: answered from memory, long before Discord's 3 s. */
    async choices(ref: InteractionRef, data: APICommandAutocompleteInteractionResponseCallbackData): Promise<void> {
      await callback(ref, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data });
    },
  };
}

export type Responder = ReturnType<typeof createResponder>;
