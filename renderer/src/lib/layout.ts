/** Panel sizes, persisted per key in localStorage so the layout survives a restart. */

export interface Layout {
  /** File tree width, px. */
  tree: number;
  /** Preview column width, px. */
  preview: number;
  /** Dock height, px. */
  dock: number;
}

const KEY = "mvt-lab.layout";
export const DEFAULT_LAYOUT: Layout = { tree: 220, preview: 620, dock: 300 };
const LIMITS: Record<keyof Layout, [number, number]> = { tree: [140, 480], preview: [320, 1400], dock: [120, 900] };

/** Keeps a size within its panel's limits. */
export function clampLayout(layout: Layout): Layout {
  const clamp = (key: keyof Layout) => Math.min(LIMITS[key][1], Math.max(LIMITS[key][0], Math.round(layout[key])));
  return { tree: clamp("tree"), preview: clamp("preview"), dock: clamp("dock") };
}

export function loadLayout(storage: Pick<Storage, "getItem"> = localStorage): Layout {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? "null") as Partial<Layout> | null;
    return clampLayout({ ...DEFAULT_LAYOUT, ...pickNumbers(saved) });
  } catch {
    return DEFAULT_LAYOUT; // a damaged entry only costs the layout
  }
}

export function saveLayout(layout: Layout, storage: Pick<Storage, "setItem"> = localStorage): void {
  storage.setItem(KEY, JSON.stringify(layout));
}

function pickNumbers(saved: Partial<Layout> | null): Partial<Layout> {
  if (!saved || typeof saved !== "object") return {};
  return Object.fromEntries(Object.entries(saved).filter(([, value]) => typeof value === "number"));
}
