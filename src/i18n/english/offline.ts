/** English of ../messages/offline.ts, loaded only for pages in English (src/i18n/catalogue.ts). */
import type { offline } from '../messages/offline';

export const offlineEn: Record<keyof typeof offline.vi, string> = {
  'offline.region': 'Offline use',
  'offline.banner': 'Offline – data saved at {time}',
  'offline.bannerSession': 'Offline – showing data loaded during this session',
  'offline.bannerUnknown': 'Offline – only parts saved on this device can be viewed',
  'offline.updateReady': 'A new version of the app and data is available.',
  'offline.update': 'Update',
  'offline.updateHint': 'The page reloads with the new version; parts downloaded for offline use need downloading again.',
  'offline.unavailable':
    'Offline use is not available on this device: the browser could not install the app’s background worker (service worker; private mode, blocked storage or the server may be the cause). Figures can still be viewed online.',
};
