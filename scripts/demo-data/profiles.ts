/** What distinguishes the eight districts of Bắc Kạn in the demo data. */

export const ETHNICITIES = ['tay', 'dao', 'kinh', 'nung', 'mong', 'san_chay', 'hoa', 'other'] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];

export const CITY = '058';

export interface DistrictProfile {
  /** Population shares in ETHNICITIES order (need not sum to 1). */
  ethnicMix: readonly number[];
  /** Lagging districts set up teams late, disburse slowly and report less. */
  lagging: boolean;
  /** Share of villages with a team by mid-2025. */
  teamCoverage: number;
  /** Disbursed / allocated reached by mid-2025. */
  disbursementRate: number;
  /** Extra chance that a village quarter is not reported. */
  missingRate: number;
  /** Relative risk of child marriage and other harmful customs. */
  risk: number;
  /** How hard the district's targets are set (above 1: behind plan). */
  ambition: number;
  /** Weight in the choice of area class III communes. */
  remoteness: number;
  /** First quarter index with village activities. */
  activityStart: number;
}

const mix = (tay: number, dao: number, kinh: number, nung: number, mong: number, sanChay: number, hoa: number, other: number) => [
  tay,
  dao,
  kinh,
  nung,
  mong,
  sanChay,
  hoa,
  other,
];

export const DISTRICTS: Readonly<Record<string, DistrictProfile>> = {
  // Thành phố Bắc Kạn: mostly Kinh and Tày; started late (2023), then does well.
  '058': {
    ethnicMix: mix(47, 5, 38, 6, 0.5, 0.5, 1.5, 1.5),
    lagging: false,
    teamCoverage: 0.96,
    disbursementRate: 0.95,
    missingRate: 0.015,
    risk: 0.08,
    ambition: 1.0,
    remoteness: 0,
    activityStart: 6,
  },
  // Pác Nặm: remote, many Mông and Dao.
  '060': {
    ethnicMix: mix(26, 31, 3, 4, 35, 0.2, 0, 0.8),
    lagging: true,
    teamCoverage: 0.6,
    disbursementRate: 0.5,
    missingRate: 0.075,
    risk: 2.4,
    ambition: 1.45,
    remoteness: 1.0,
    activityStart: 1,
  },
  // Ba Bể: many Dao and Mông too, but a strong Women's Union: does well.
  '061': {
    ethnicMix: mix(52, 24, 7, 4, 12, 0.2, 0.2, 0.6),
    lagging: false,
    teamCoverage: 0.96,
    disbursementRate: 0.98,
    missingRate: 0.02,
    risk: 1.7,
    ambition: 0.86,
    remoteness: 0.62,
    activityStart: 0,
  },
  // Ngân Sơn: lagging.
  '062': {
    ethnicMix: mix(42, 25, 6, 22, 4, 0.3, 0.2, 0.5),
    lagging: true,
    teamCoverage: 0.63,
    disbursementRate: 0.56,
    missingRate: 0.065,
    risk: 1.5,
    ambition: 1.4,
    remoteness: 0.85,
    activityStart: 1,
  },
  '063': {
    ethnicMix: mix(60, 14, 13, 10, 1.5, 0.3, 0.5, 0.7),
    lagging: false,
    teamCoverage: 0.9,
    disbursementRate: 0.95,
    missingRate: 0.025,
    risk: 0.7,
    ambition: 0.92,
    remoteness: 0.2,
    activityStart: 1,
  },
  '064': {
    ethnicMix: mix(68, 14, 9, 4, 2.5, 1, 0.3, 1.2),
    lagging: false,
    teamCoverage: 0.88,
    disbursementRate: 0.93,
    missingRate: 0.03,
    risk: 1.0,
    ambition: 0.95,
    remoteness: 0.7,
    activityStart: 1,
  },
  '065': {
    ethnicMix: mix(44, 21, 17, 14, 1.5, 1.5, 0.3, 0.7),
    lagging: false,
    teamCoverage: 0.91,
    disbursementRate: 0.96,
    missingRate: 0.025,
    risk: 0.75,
    ambition: 0.93,
    remoteness: 0.3,
    activityStart: 1,
  },
  '066': {
    ethnicMix: mix(56, 18, 5, 18, 1.5, 0.8, 0.2, 0.5),
    lagging: false,
    teamCoverage: 0.85,
    disbursementRate: 0.91,
    missingRate: 0.035,
    risk: 1.1,
    ambition: 1.02,
    remoteness: 0.78,
    activityStart: 1,
  },
};

export function districtProfile(code: string): DistrictProfile {
  const p = DISTRICTS[code];
  if (!p) throw new Error(`no profile for district ${code}`);
  return p;
}

export function normalise(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total > 0 ? w / total : 0));
}

/** Share of Dao and Mông in a mix (both hold most child marriages in the province). */
export function daoMongShare(ethnicMix: readonly number[]): number {
  const m = normalise(ethnicMix);
  return (m[1] ?? 0) + (m[4] ?? 0);
}
