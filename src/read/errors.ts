/**
 * An input that cannot be read. The code is stable (scripts key on it); the
 * message names the input and says why, in one line.
 */
export type InputErrorCode =
  | "not_found"
  | "is_directory"
  | "unreadable"
  | "empty"
  | "binary"
  | "too_large";

export class InputError extends Error {
  readonly code: InputErrorCode;

  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.name = "InputError";
    this.code = code;
  }
}
