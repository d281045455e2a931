/** A store that cannot be opened or reached, or a record it refuses: one plain message, the cause kept. */
export class StoreError extends Error {
  override name = 'StoreError';
}
