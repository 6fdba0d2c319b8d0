/**
 * Ceilings, not waits. Every browser test waits for a state the app exposes (a role, a data-*
 * attribute, the URL, a download); these numbers only bound how long a broken test takes to fail.
 * They are generous on purpose: the suite must pass on a loaded machine (with a CPU hog beside it),
 * where the same states arrive several times later than on a quiet one.
 */
/** Any one state: a view rendered, the service worker in control, a file downloaded. */
export const STATE_LIMIT_MS = 90_000;
/** A whole district saved for offline use. */
export const DOWNLOAD_LIMIT_MS = 400_000;
/** One test (the config's default). */
export const TEST_LIMIT_MS = 300_000;
