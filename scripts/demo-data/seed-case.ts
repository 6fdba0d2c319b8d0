/**
 * The real case the dashboard must show: residential group Khuổi Pái (ward Huyền Tụng, Bắc Kạn city)
 * held 01 communication conference in 2023Q1 with 55 participants.
 */

import { quarterIndex } from './periods';
import type { Row } from './util';

export const SEED_CONFERENCE_QUARTER = '2023Q1';
/** Quarter indices 2022Q1..2023Q2 in which Khuổi Pái must report and holds no other conference. */
export const SEED_WINDOW: readonly number[] = [0, 1, 2, 3, 4, 5];
/** The team is set up in 2023Q2, right after the conference. */
export const SEED_TEAM_SETUP = quarterIndex('2023Q2');

export const SEED_PARTICIPANTS = 55;

/** Breakdowns of the 55 participants, by dimension and category code. */
export const SEED_BREAKDOWNS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  sex: { female: 34, male: 21 },
  ethnicity: { tay: 25, dao: 7, kinh: 17, nung: 5, hoa: 1 },
  age: { child: 4, adult: 51 },
  participant_role: {
    party_secretary: 1,
    group_head: 1,
    front_head: 1,
    women_head: 1,
    veterans: 4,
    youth_secretary: 1,
    members: 27,
    residents: 19,
  },
};

/** Puts the conference in 2023Q1 and no other conference in 2022Q1..2023Q2. */
export function applySeedCase(rows: Row[]): void {
  const conference = quarterIndex(SEED_CONFERENCE_QUARTER);
  for (const q of SEED_WINDOW) {
    const row = rows[q];
    if (!row) continue;
    if (q === conference) {
      row.set('P8.1.3', 0);
      row.set('P8.1.4', 1);
      row.set('P8.1.5', SEED_PARTICIPANTS);
    } else if ((row.get('P8.1.4') ?? 0) > 0) {
      throw new Error('seed village: unexpected conference outside 2023Q1');
    }
  }
}
