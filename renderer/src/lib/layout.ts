/** Panel sizes: kept within limits, and read back from whatever the host saved. */

export interface Layout {
  /** File tree width, px. */
  tree: number;
  /** Preview column width, px. */
  preview: number;
  /** Dock height, px. */
  dock: number;
}

export const DEFAULT_LAYOUT: Layout = { tree: 220, preview: 620, dock: 300 };
const LIMITS: Record<keyof Layout, [number, number]> = { tree: [140, 480], preview: [320, 1400], dock: [120, 900] };

/** Keeps a size within its panel's limits. */
export function clampLayout(layout: Layout): Layout {
  const clamp = (key: keyof Layout) => Math.min(LIMITS[key][1], Math.max(LIMITS[key][0], Math.round(layout[key])));
  return { tree: clamp("tree"), preview: clamp("preview"), dock: clamp("dock") };
}

/** A saved layout, or the default for whatever is missing or damaged (it only costs the layout). */
export function parseLayout(saved: unknown): Layout {
  if (!saved || typeof saved !== "object") return DEFAULT_LAYOUT;
  const numbers = Object.entries(saved).filter(([key, value]) => key in DEFAULT_LAYOUT && typeof value === "number" && Number.isFinite(value));
  return clampLayout({ ...DEFAULT_LAYOUT, ...Object.fromEntries(numbers) });
}
