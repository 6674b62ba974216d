export { DocumentsTab } from './documents-tab';
export { UploadDocumentDialog, type UploadPreset } from './upload-document-dialog';
export { ownerValue } from './use-document-owners';
