import { clampLayout, DEFAULT_LAYOUT, parseLayout, type Layout } from "../lib/layout";
import { debounce } from "../lib/timing";
import { messageOf, type Slice } from "./types";

/** How long a drag must pause before the layout is saved. */
const SAVE_MS = 300;
/** The host's UI-state key for the layout. */
const KEY = "layout";

/** The panel sizes, saved through the host so they survive a restart (desktop and web alike). */
export interface LayoutSlice {
  layout: Layout;
  /** Grows (or shrinks, negative) one panel by `delta` px. */
  resizePanel(key: keyof Layout, delta: number): void;
  /** Reads the saved layout; called once at start. */
  restoreLayout(): Promise<void>;
}

export const createLayoutSlice: Slice<LayoutSlice> = ({ host }) => (set, get) => {
  const save = debounce((layout: Layout) => {
    host.writeUiState(KEY, layout).catch((error: unknown) => set({ notice: `The panel layout could not be saved: ${messageOf(error)}` }));
  }, SAVE_MS);
  return {
    layout: DEFAULT_LAYOUT,

    resizePanel(key, delta) {
      const layout = clampLayout({ ...get().layout, [key]: get().layout[key] + delta });
      set({ layout });
      save(layout);
    },

    async restoreLayout() {
      try {
        set({ layout: parseLayout(await host.readUiState(KEY)) });
      } catch {
        // The default layout serves: a layout that cannot be read costs nothing else.
      }
    },
  };
};
