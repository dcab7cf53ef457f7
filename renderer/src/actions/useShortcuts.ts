import { useEffect } from "react";
import { useAppStore } from "../store";
import { actions, matches } from "./registry";

/**
 * Runs actions from their shortcuts. Listens in the capture phase so the editor, which
 * has its own meaning for Ctrl+Enter, does not swallow them first.
 */
export function useShortcuts(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = store.getState();
      const hit = actions.find((a) => a.shortcut && matches(a.shortcut, event));
      if (!hit || !hit.enabled(state)) return;
      event.preventDefault();
      event.stopPropagation();
      hit.perform(state);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [store]);
}
