/**
 * Management commands the UI runs against the loaded project: the migration commands
 * through the framework's call_command, and createsuperuser with per-field errors (the
 * UI shows them beside the form's fields, as Django prints them at its prompts).
 */
import { auth, call_command, validators, ValidationError, type Project } from "../framework";
import type { CommandFile, CommandQuestion, ManagementCommandName, SandboxCommand } from "../protocol";

/** What a command made, in the shape the sandbox turns into a CommandResult. */
export interface ManageOutcome {
  ok: boolean;
  text: string;
  files?: CommandFile[];
  questions?: CommandQuestion[];
  fieldErrors?: Record<string, string[]>;
}

/** The question migrate asks when an initial migration's tables exist already (made before the app had migrations). */
const FAKE_INITIAL = "fake_initial";

/** "table "x" already exists ... of posts/migrations/0001_initial.ts": the initial migration that failed. */
const EXISTING_TABLE = /table "([^"]+)" already exists[\s\S]* of (\w+)\/migrations\/(0001_\w+)\.ts/;

/**
 * Runs makemigrations, migrate, showmigrations or sqlmigrate; Django's errors become
 * thrown CommandErrors. A migrate that meets the tables of an initial migration asks
 * whether to mark it applied first, as Django's `migrate --fake-initial` does.
 */
export function manage(project: Project, name: ManagementCommandName, args: string[], answers?: Record<string, string>): ManageOutcome {
  if (name !== "migrate") return outcome(call_command(project, name, args, answers ? { answers } : {}));
  try {
    return outcome(call_command(project, name, args));
  } catch (error) {
    const existing = error instanceof Error ? EXISTING_TABLE.exec(error.message) : null;
    if (!existing) throw error;
    const [, table, app, migration] = existing;
    const answer = answers?.[FAKE_INITIAL];
    if (answer === undefined) {
      const text = `The table "${table}" already exists: it was made before ${app} had migrations. ` +
        `Mark ${app}.${migration} as applied without running it (Django: migrate --fake-initial)? [y/N]`;
      return { ok: false, text, questions: [{ id: FAKE_INITIAL, text, kind: "yes_no" }] };
    }
    if (!/^\s*y(es)?\s*$/i.test(answer)) throw error;
    const faked = call_command(project, "migrate", [app ?? "", migration ?? ""], { fake: true });
    const rest = call_command(project, name, args);
    return { ok: true, text: `${faked.output}\n${rest.output}` };
  }
}

function outcome(result: ReturnType<typeof call_command>): ManageOutcome {
  return {
    ok: true,
    text: result.output,
    ...(result.files?.length ? { files: result.files } : {}),
    ...(result.questions?.length ? { questions: result.questions } : {}),
  };
}

type SuperuserFields = Omit<Extract<SandboxCommand, { command: "createsuperuser" }>, "command">;

/** Validates the fields as the user model does, then creates the superuser; field errors come back by name. */
export function createsuperuser(project: Project, fields: SuperuserFields): ManageOutcome {
  let User: ReturnType<typeof auth.get_user_model>;
  try {
    User = auth.get_user_model();
  } catch {
    return {
      ok: false,
      text: 'createsuperuser needs the auth app: add "mvt.contrib.auth" to INSTALLED_APPS in settings.ts, then run it again.',
    };
  }
  const errors: Record<string, string[]> = {};
  const candidate = new User({ username: fields.username, email: fields.email, is_staff: true, is_superuser: true });
  try {
    candidate.full_clean({ exclude: ["password"], validate_unique: false });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(errors, error.error_dict ?? { __all__: error.messages });
  }
  // Django's createsuperuser checks the username itself, with its own message.
  if (!errors["username"] && User.objects.filter({ [User.USERNAME_FIELD]: fields.username }).exists()) {
    errors["username"] = ["That username is already taken."];
  }
  // Django's User.email is an EmailField; its prompt validates the address.
  if (fields.email) {
    try {
      validators.validate_email(fields.email);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors["email"] = error.messages;
    }
  }
  // Django's prompt refuses a blank password before any validator runs.
  if (!fields.password) errors["password"] = ["Blank passwords aren't allowed."];
  if (Object.keys(errors).length > 0) {
    return { ok: false, text: "The superuser was not created: fix the fields marked.", fieldErrors: errors };
  }
  project.activate();
  const user = auth.createsuperuser({ username: fields.username, email: fields.email, password: fields.password });
  return { ok: true, text: `Superuser created successfully: ${String(user.get_username())}.` };
}
