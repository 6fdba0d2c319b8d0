/** English of ../messages/legend.ts, loaded only for pages in English (src/i18n/catalogue.ts). */
import type { legend } from '../messages/legend';

export const legendEn: Record<keyof typeof legend.vi, string> = {
  'progress.band.met': 'Target met',
  'progress.band.on_track': 'On track',
  'progress.band.accelerate': 'Needs acceleration',
  'progress.band.slow': 'Behind schedule',
  'progress.band.decline': 'Moving away',
  'legend.title': 'Colour key',
  'legend.card.met': 'Green border: target of the period shown is met',
  'legend.card.behind': 'Orange border: target of the period shown is not met',
  'legend.card.none': 'Grey border: no target to compare with for this period',
  'legend.bands': 'Progress toward the phase target (same colours in the Progress and Map views)',
};
