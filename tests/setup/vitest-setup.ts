import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { registerCoreEnglish, registerMessages } from '@/i18n/catalogue';
import { coreEnglish } from '@/i18n/english';
import { offlineDownload } from '@/i18n/messages/offline-download';
import { viewMessages } from '@/i18n/view-messages';
import { server } from '../../mocks/server';

// Views load their code lazily: give findBy… queries time on a busy machine.
configure({ asyncUtilTimeout: 8000 });

// Tests render views on their own, without the lazy loading that brings their messages.
registerMessages([...viewMessages, offlineDownload]);
registerCoreEnglish(coreEnglish);

// A console.error or console.warn in a test is a failure: React warnings hide real bugs.
const failOnConsole =
  (kind: 'error' | 'warn') =>
  (...args: unknown[]) => {
    throw new Error(`console.${kind} called: ${args.map(String).join(' ')}`);
  };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(failOnConsole('error'));
  vi.spyOn(console, 'warn').mockImplementation(failOnConsole('warn'));
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());
