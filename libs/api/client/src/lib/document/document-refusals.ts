import { DomainError } from '@waymark/api/common';
import { type DocumentContentType, DocumentRefusal, ErrorCode } from '@waymark/shared/types';

const ACCEPTED_WORDS = 'PDF, PNG, JPEG, WEBP, HEIC, TIFF or plain text';

const megabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/** An upload refused for its file: BAD_USER_INPUT naming the problem, with the reason in `extensions.reason` and the field `file`. */
function refusal(reason: DocumentRefusal, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { reason, fields: [{ field: 'file', message }], ...extra });
}

export const documentRefusal = {
  tooLarge: (maxBytes: number) => refusal(DocumentRefusal.FILE_TOO_LARGE, `The file is larger than ${megabytes(maxBytes)}, the most one document may be.`, { maxBytes }),
  missing: () => refusal(DocumentRefusal.FILE_MISSING, 'Choose a file to upload; an empty file cannot be kept.'),
  refusedType: (detected: string | null) =>
    refusal(
      DocumentRefusal.FILE_TYPE_REFUSED,
      `${detected ? `This file is ${detected}` : 'This kind of file is not accepted'}, whatever its name says. Upload a ${ACCEPTED_WORDS} file.`,
      { detected },
    ),
  mismatch: (declared: string, detected: DocumentContentType) =>
    refusal(DocumentRefusal.FILE_TYPE_MISMATCH, `The file was sent as ${declared} but its content is ${detected}. Check that it is the file you meant.`, {
      declared,
      detected,
    }),
  tooManyFiles: () => refusal(DocumentRefusal.FILE_MISSING, 'Send one file per upload.'),
};
