import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh catalogue as a page has it before any English was loaded (the test setup registers it all).
const fresh = async () => {
  vi.resetModules();
  const catalogue = await import('./catalogue');
  const loader = await import('./load-language');
  return { ...catalogue, ...loader };
};

describe('the English of the first screen, loaded on demand', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('is not built in: English falls back to Vietnamese until it is loaded', async () => {
    const { translate, isLanguageSettled } = await fresh();
    expect(isLanguageSettled('vi')).toBe(true);
    expect(isLanguageSettled('en')).toBe(false);
    expect(translate('en', 'app.title')).toBe('Theo dõi, giám sát Dự án 8');
  });

  it('loads once, tells the listeners, and then translates', async () => {
    const { translate, isLanguageSettled, loadLanguage, onLanguageSettled } = await fresh();
    const heard = vi.fn();
    const stop = onLanguageSettled(heard);
    const first = loadLanguage('en');
    expect(loadLanguage('en')).toBe(first);
    await first;
    stop();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(isLanguageSettled('en')).toBe(true);
    expect(translate('en', 'app.title')).toBe('Project 8 monitoring');
    expect(translate('en', 'legend.title')).toBe('Colour key');
  });
});
