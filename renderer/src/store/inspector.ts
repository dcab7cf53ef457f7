import type { RequestTrace } from "../../../sandbox/protocol";
import type { Slice } from "./types";

/** The last page's queries, and the one the learner is looking at. */
export interface InspectorSlice {
  trace: RequestTrace | null;
  selectedQuery: number | null;
  selectQuery(index: number | null): void;
}

export const createInspectorSlice: Slice<InspectorSlice> = () => (set) => ({
  trace: null,
  selectedQuery: null,
  selectQuery: (index) => set({ selectedQuery: index }),
});
