/** A problem with what the user typed: becomes a short reply, never a log entry at error level. */
export class UserError extends Error {
  override name = 'UserError';
}
