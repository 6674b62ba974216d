import type {} from '@fastify/multipart';
import { BadInputError, DomainError, fieldProblems } from '@waymark/api/common';
import { DOCUMENT_FILE_NAME_MAX_LENGTH } from '@waymark/shared/types';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { documentRefusal } from './document-refusals';
import type { ReceivedFile } from './document-upload.service';
import { UploadDocumentFields } from './dto/upload-document.fields';

/** The form field that carries the file. */
export const FILE_FIELD = 'file';

/** Room for every metadata field of an upload, and no more. */
const FIELD_LIMITS = { fields: 12, fieldSize: 4_096, parts: 14 };

/** Errors of @fastify/multipart by code, as the refusal a caller can act on. */
const LIMIT_ERRORS: Record<string, (maxBytes: number) => DomainError> = {
  FST_REQ_FILE_TOO_LARGE: (maxBytes) => documentRefusal.tooLarge(maxBytes),
  FST_FILES_LIMIT: () => documentRefusal.tooManyFiles(),
  FST_FIELDS_LIMIT: () => new BadInputError('The upload carries more form fields than a document has.'),
  FST_PARTS_LIMIT: () => new BadInputError('The upload carries more form fields than a document has.'),
  FST_PROTO_VIOLATION: () => new BadInputError('A form field has a name that is not allowed.'),
};

export interface ReceivedUpload {
  fields: UploadDocumentFields;
  file: ReceivedFile;
}

/**
 * Reads a multipart/form-data upload: one file (field `file`, at most `maxBytes`, counted as
 * it streams in, not taken from a header) and the metadata fields, validated like any input.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<ReceivedUpload> {
  if (!request.isMultipart()) throw new BadInputError('Send the document as multipart/form-data, with the file in the field "file".');
  const raw: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  try {
    for await (const part of request.parts({ limits: { ...FIELD_LIMITS, files: 1, fileSize: maxBytes } })) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname !== FILE_FIELD) throw new BadInputError(`Send the file in the field "${FILE_FIELD}".`, [{ field: part.fieldname, message: 'unexpected file' }]);
        file = { content, fileName: fileNameOf(part.filename), mimeType: part.mimetype };
      } else {
        raw[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as { code?: unknown }).code;
    const known = typeof code === 'string' ? LIMIT_ERRORS[code] : undefined;
    // Anything else the parser throws is the body's fault: cut short, or not a well-formed form.
    throw known ? known(maxBytes) : new BadInputError('The upload was cut short or is not a well-formed multipart form; send it again.');
  }
  const fields = await validFields(raw);
  if (!file) throw documentRefusal.missing();
  return { fields, file };
}

async function validFields(raw: Record<string, string>): Promise<UploadDocumentFields> {
  const fields = plainToInstance(UploadDocumentFields, raw);
  const errors = await validate(fields, { forbidUnknownValues: false, whitelist: true });
  if (errors.length) {
    const problems = errors.flatMap((error) => fieldProblems(error));
    throw new BadInputError(problems.map((p) => p.message).join('; '), problems);
  }
  return fields;
}

/** The name to keep: the last path segment a browser might send, without control characters, within the limit. */
function fileNameOf(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const base = (name ?? '').split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, '').trim() ?? '';
  return (base || 'document').slice(0, DOCUMENT_FILE_NAME_MAX_LENGTH);
}
