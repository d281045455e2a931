/** A program code from config/programs.json (general, cec, pnp, french, …). */
export type ProgramCode = string;

export type DrawStatus = 'reported' | 'confirmed';

export interface DrawSource {
  id: string;
  url: string;
  seenAt: string;
}

/** One real round of invitations: the canonical record (docs/contracts.md "Draw record"). */
export interface Draw {
  /** Stable store key; never changes once a draw exists (a reported draw keeps it when IRCC confirms). */
  id: string;
  drawNumber: string | null;
  /** YYYY-MM-DD, the draw's date in Ottawa. */
  date: string;
  program: ProgramCode;
  programText: string;
  invitations: number;
  minCrs: number;
  /** ISO 8601 UTC timestamp, or YYYY-MM-DD when only a date is known. */
  tieBreak: string | null;
  /** The tie-break as the source wrote it, when it came from IRCC's free text. */
  tieBreakRaw: string | null;
  /** When IRCC ran the round (ISO 8601 UTC), when known. */
  drawnAt: string | null;
  status: DrawStatus;
  sources: DrawSource[];
}

/** What one source says about one draw, before reconciliation. */
export interface DrawReport {
  sourceId: string;
  url: string;
  drawNumber: string | null;
  date: string;
  program: ProgramCode;
  programText: string;
  invitations: number;
  minCrs: number;
  tieBreak: string | null;
  tieBreakRaw: string | null;
  drawnAt: string | null;
  official: boolean;
}

export type DrawEventKind = 'new' | 'confirmed' | 'corrected';

/** A change worth telling people about. `changed` lists the fields that a correction altered. */
export interface DrawEvent {
  kind: DrawEventKind;
  draw: Draw;
  previous: Draw | null;
  changed: FigureField[];
}

/** The figures that, when they differ, make a correction. */
export const FIGURE_FIELDS = ['date', 'program', 'invitations', 'minCrs', 'tieBreak', 'drawNumber'] as const satisfies readonly (keyof Draw)[];
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** A figure as text ("—" when unknown). */
export const figureText = (draw: Draw | null | undefined, field: FigureField): string => {
  const v = draw?.[field];
  return v === null || v === undefined ? '—' : String(v);
};
