import { beforeEach, vi } from 'vitest';
import { registerCoreEnglish, registerMessages } from '@/i18n/catalogue';
import { coreEnglish } from '@/i18n/english';
import { offlineDownload } from '@/i18n/messages/offline-download';
import { viewMessages } from '@/i18n/view-messages';

// Tests render views on their own, without the lazy loading that brings their messages.
registerMessages([...viewMessages, offlineDownload]);
registerCoreEnglish(coreEnglish);

// A console.error or console.warn in a test is a failure.
const failOnConsole =
  (kind: 'error' | 'warn') =>
  (...args: unknown[]) => {
    throw new Error(`console.${kind} called: ${args.map(String).join(' ')}`);
  };

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(failOnConsole('error'));
  vi.spyOn(console, 'warn').mockImplementation(failOnConsole('warn'));
  return () => vi.restoreAllMocks();
});
