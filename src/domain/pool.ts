/** One band of IRCC's CRS distribution of the pool. */
export interface PoolBand {
  /** dd1 … dd17 */
  key: string;
  min: number;
  max: number;
  count: number;
  /** Sub-bands (dd4…dd8 inside dd3, dd10…dd14 inside dd9) are finer splits of a parent band. */
  parent: string | null;
}

/** IRCC's snapshot of the pool's CRS distribution, published with a round. */
export interface PoolSnapshot {
  asOn: string;
  /** ISO date parsed from asOn, when it parses. */
  asOnDate: string | null;
  drawNumber: string;
  total: number;
  bands: PoolBand[];
}

/** The bands as IRCC defines them (docs/contracts.md "Pool distribution"). */
export const POOL_BANDS: readonly Omit<PoolBand, 'count'>[] = [
  { key: 'dd1', min: 601, max: 1200, parent: null },
  { key: 'dd2', min: 501, max: 600, parent: null },
  { key: 'dd3', min: 451, max: 500, parent: null },
  { key: 'dd4', min: 491, max: 500, parent: 'dd3' },
  { key: 'dd5', min: 481, max: 490, parent: 'dd3' },
  { key: 'dd6', min: 471, max: 480, parent: 'dd3' },
  { key: 'dd7', min: 461, max: 470, parent: 'dd3' },
  { key: 'dd8', min: 451, max: 460, parent: 'dd3' },
  { key: 'dd9', min: 401, max: 450, parent: null },
  { key: 'dd10', min: 441, max: 450, parent: 'dd9' },
  { key: 'dd11', min: 431, max: 440, parent: 'dd9' },
  { key: 'dd12', min: 421, max: 430, parent: 'dd9' },
  { key: 'dd13', min: 411, max: 420, parent: 'dd9' },
  { key: 'dd14', min: 401, max: 410, parent: 'dd9' },
  { key: 'dd15', min: 351, max: 400, parent: null },
  { key: 'dd16', min: 301, max: 350, parent: null },
  { key: 'dd17', min: 0, max: 300, parent: null },
];
