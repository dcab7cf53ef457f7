/**
 * `mvt`: a small framework with Django's API and semantics. Learner code imports
 * everything from here: `import { models, path, render } from "mvt"`.
 */
export * as models from "./db/models";
export * as forms from "./forms";
export * from "./core/trace";
export * from "./core/exceptions";
export * from "./urls";
export * from "./http";
export * from "./template";
export * from "./shortcuts";
export * from "./test";
export { setup, Project, type SetupOptions } from "./project";
export { loaddata } from "./db/fixtures";
export * as auth from "./contrib/auth";
export { make_password, check_password, login_required, permission_required, user_passes_test, authenticate, login, logout, get_user_model } from "./contrib/auth";
export * as messages from "./contrib/messages";
export * as sessions from "./contrib/sessions";
export * as signing from "./core/signing";
export { cache, caches, DEFAULT_TIMEOUT } from "./core/cache";
export { format_html, format_html_join } from "./utils/html";
export { UploadedFile, SimpleUploadedFile, InMemoryUploadedFile, TemporaryUploadedFile, ContentFile } from "./core/files/uploadedfile";
export { default_storage, FileSystemStorage, SuspiciousFileOperation } from "./core/files/storage";
export { FieldFile } from "./db/models/fields/files";
export { static_, serve } from "./conf/urls/static";
export * from "./middleware";
export * from "./views/decorators";
export { settings } from "./conf/settings";
export { Signal, receiver, reset_receivers, type Receiver, type SignalArgs } from "./dispatch";
export * as signals from "./db/models/signals";
export * as transaction from "./db/transaction";
export * as generic from "./views/generic";
export { Paginator, Page, EmptyPage, PageNotAnInteger, InvalidPage } from "./core/paginator";
export * as migrations from "./db/migrations";
export { call_command, migrate_on_load, CommandError, type CommandResult, type CommandFile } from "./core/management";
export * as validators from "./core/validators";
export { DatabaseError, IntegrityError, OperationalError, NotSupportedError } from "./db/utils";
