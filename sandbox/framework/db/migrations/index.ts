/**
 * `migrations`: what migration files use (Django: django.db.migrations). Operations are
 * called without `new`, as in Django: `migrations.AddField({ model_name, name, field })`.
 */
import { AddField as AddFieldOp, AlterField as AlterFieldOp, RemoveField as RemoveFieldOp, RenameField as RenameFieldOp } from "./operations/fields";
import { AlterModelOptions as AlterModelOptionsOp, CreateModel as CreateModelOp, DeleteModel as DeleteModelOp, RenameModel as RenameModelOp } from "./operations/models";
import { AddConstraint as AddConstraintOp, AddIndex as AddIndexOp, RemoveConstraint as RemoveConstraintOp, RemoveIndex as RemoveIndexOp } from "./operations/indexes";
import { AlterModelTable as AlterModelTableOp, AlterUniqueTogether as AlterUniqueTogetherOp } from "./operations/model_options";
import { RunCode as RunCodeOp, type RunCodeFunction, RunSQL as RunSQLOp } from "./operations/special";

export { Migration, IrreversibleError } from "./migration";
export { Operation } from "./operations/base";
export type { RunCodeFunction } from "./operations/special";

type Args<T extends abstract new (...args: never[]) => unknown> = ConstructorParameters<T>[0];

export const CreateModel = (args: Args<typeof CreateModelOp>) => new CreateModelOp(args);
export const DeleteModel = (args: Args<typeof DeleteModelOp>) => new DeleteModelOp(args);
export const RenameModel = (args: Args<typeof RenameModelOp>) => new RenameModelOp(args);
export const AlterModelOptions = (args: Args<typeof AlterModelOptionsOp>) => new AlterModelOptionsOp(args);
export const AlterUniqueTogether = (args: Args<typeof AlterUniqueTogetherOp>) => new AlterUniqueTogetherOp(args);
export const AlterModelTable = (args: Args<typeof AlterModelTableOp>) => new AlterModelTableOp(args);
export const AddIndex = (args: Args<typeof AddIndexOp>) => new AddIndexOp(args);
export const RemoveIndex = (args: Args<typeof RemoveIndexOp>) => new RemoveIndexOp(args);
export const AddConstraint = (args: Args<typeof AddConstraintOp>) => new AddConstraintOp(args);
export const RemoveConstraint = (args: Args<typeof RemoveConstraintOp>) => new RemoveConstraintOp(args);
export const AddField = (args: Args<typeof AddFieldOp>) => new AddFieldOp(args);
export const RemoveField = (args: Args<typeof RemoveFieldOp>) => new RemoveFieldOp(args);
export const AlterField = (args: Args<typeof AlterFieldOp>) => new AlterFieldOp(args);
export const RenameField = (args: Args<typeof RenameFieldOp>) => new RenameFieldOp(args);
/** `migrations.RunSQL("UPDATE ...", "UPDATE ...")`; `migrations.RunSQL.noop` as a reverse that does nothing. */
export const RunSQL = Object.assign((sql: string | string[], reverse_sql?: string | string[]) => new RunSQLOp(sql, reverse_sql), { noop: RunSQLOp.noop });
/** `migrations.RunCode(forwards, backwards?)` with `(apps, schema_editor) => void` functions (Django: RunPython). */
export const RunCode = Object.assign((code: RunCodeFunction, reverse_code?: RunCodeFunction) => new RunCodeOp(code, reverse_code), { noop: RunCodeOp.noop });
