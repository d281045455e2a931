/**
 * Inputs a broken or hostile feed could hand the article parser: one unit repeated to 5 MB (no line
 * break or space, or every line wrapped) and a long run of capitals ending in punctuation. The tests
 * (test/parse/robustness.test.ts) check what comes out; the parser benchmark times them.
 */
export const ADVERSARIAL_UNITS: readonly string[] = ['a', '1', '<', '&', '-', '1,000 ', 'Ab ', 'and so,\n'];
export const ADVERSARIAL_BYTES = 5_000_000;
export const CAPITALS_RUN = `Headline\n\n${'A'.repeat(200_000)}!`;
