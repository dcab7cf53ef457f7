import { useApp } from "../../../store";
import type { MigrationChoice } from "../../../store/manage";

/** The project's migrations, by app, as showmigrations lists them: pick one to migrate to, or to see its SQL. */
export function MigrationPicker({ name, migrations }: { name: "migrate" | "sqlmigrate"; migrations: MigrationChoice[] }) {
  const manage = useApp((state) => state.manage);
  const apps = [...new Set(migrations.map((migration) => migration.app))];
  return (
    <div className="manage-form">
      {apps.map((app) => (
        <section key={app}>
          <h3>{app}</h3>
          <ul className="palette-list">
            {name === "migrate" && (
              <li>
                <button type="button" className="palette-item" onClick={() => void manage("migrate", [app, "zero"])}>
                  zero <span className="muted">unapply all of {app}'s migrations</span>
                </button>
              </li>
            )}
            {migrations
              .filter((migration) => migration.app === app)
              .map((migration) => (
                <li key={migration.name}>
                  <button
                    type="button"
                    className="palette-item"
                    data-testid={`migration-${app}-${migration.name}`}
                    onClick={() => void manage(name, [app, migration.name])}
                  >
                    {migration.name}
                    <span className="muted">{migration.applied ? "[X] applied" : "[ ] not applied"}</span>
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
