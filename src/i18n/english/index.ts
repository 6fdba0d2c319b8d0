/** English of the messages built into the first screen, by catalogue file; loaded only for pages in English. */
import { commonEn } from './common';
import { legendEn } from './legend';
import { offlineEn } from './offline';
import { suppressionEn } from './suppression';

export const coreEnglish = { common: commonEn, legend: legendEn, offline: offlineEn, suppression: suppressionEn } as const;
