import { action, shortcutLabel, type ActionName } from "../../actions/registry";
import { useApp, useAppStore } from "../../store";

/** A button for a registered action: its label, shortcut hint and enabled state. */
export function ActionButton({ name, primary = false }: { name: ActionName; primary?: boolean }) {
  const store = useAppStore();
  const spec = action(name);
  const enabled = useApp((state) => spec.enabled(state));
  const hint = spec.shortcut ? `${spec.label} (${shortcutLabel(spec.shortcut)})` : spec.label;
  return (
    <button
      type="button"
      className={primary ? "button primary" : "button"}
      data-testid={`action-${name}`}
      title={hint}
      disabled={!enabled}
      onClick={() => spec.perform(store.getState())}
    >
      {spec.label}
    </button>
  );
}
