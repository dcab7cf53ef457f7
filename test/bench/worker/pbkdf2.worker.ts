/**
 * PBKDF2 at Django's default iterations inside a Web Worker, where learner code runs:
 * answers each message with the median of three make_password-equivalent encodes, in ms.
 */
import { PBKDF2PasswordHasher } from "../../../sandbox/framework/contrib/auth/hashers";
import { medianTime } from "../stats";

/** The part of a worker's global scope used here (test/ type-checks with the DOM library). */
const scope = self as unknown as { onmessage: (() => void) | null; postMessage(message: number): void };
scope.onmessage = () => {
  const hasher = new PBKDF2PasswordHasher();
  scope.postMessage(medianTime(3, () => void hasher.encode("correct horse battery staple", "benchsalt")));
};
