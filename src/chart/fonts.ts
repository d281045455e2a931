import { fileURLToPath } from 'node:url';
import { packageUrl } from '../paths.ts';

/**
 * The chart's typeface, shipped in assets/fonts/ (Inter, SIL Open Font License) and given to the
 * rasteriser explicitly with system fonts off: a chart looks the same on every machine, and a
 * server without fonts still gets its text.
 */
export const CHART_FONT_FAMILY = 'Inter';

const FONT_DIR = packageUrl('assets/fonts/');

export const CHART_FONT_FILES: readonly string[] = ['Inter-Regular.ttf', 'Inter-SemiBold.ttf'].map((f) => fileURLToPath(new URL(f, FONT_DIR)));
