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
  | "too_large"
  /** a PDF without a text layer: a scan, which needs OCR first */
  | "no_text"
  /** a PDF or Word file that needs a password */
  | "encrypted"
  /** a PDF or Word file that is cut short or broken */
  | "damaged"
  /** a zip or OLE file that is not a Word document */
  | "unsupported";

export class InputError extends Error {
  readonly code: InputErrorCode;

  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.name = "InputError";
    this.code = code;
  }
}
