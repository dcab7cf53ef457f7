import type { PackSummary } from "../../../../app/contract";
import { useApp } from "../../store";

/** Asks before removing an imported pack, saying that the learner's progress stays. */
export function ConfirmRemovePack({ pack, onCancel }: { pack: PackSummary; onCancel: () => void }) {
  const removePack = useApp((state) => state.removePack);
  return (
    <div className="pack-confirm" role="alertdialog" aria-label={`Remove ${pack.title}?`} data-testid={`confirm-remove-${pack.id}`}>
      <span>
        Remove “{pack.title}” {pack.version} from MVT Lab? Your progress and your lesson files are kept, and come back if you import it again.
      </span>
      <button type="button" className="button danger" data-testid={`confirm-remove-go-${pack.id}`} onClick={() => void removePack(pack.id)}>
        Remove pack
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
