/** Messages of the views other than the overview, loaded with the first of them (see catalogue.ts). */
import { charts } from './messages/charts';
import { exportFiles } from './messages/export';
import { map } from './messages/map';
import { notes } from './messages/notes';
import { present } from './messages/present';
import { progress } from './messages/progress';
import { report } from './messages/report';
import { reportCheck } from './messages/report-check';
import { reportUi } from './messages/report-ui';
import { structure } from './messages/structure';
import { table } from './messages/table';
import { headlineSummary } from './messages/headline-summary';

export const viewMessages = [charts, exportFiles, headlineSummary, map, notes, present, progress, report, reportCheck, reportUi, structure, table] as const;
export type ViewMessageParts = (typeof viewMessages)[number];
