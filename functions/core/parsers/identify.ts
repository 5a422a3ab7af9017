// Naming what a file is when it is not a plan we read, so the user can act:
// an OLE compound file (a legacy .doc, or a DOCX saved with a password, which
// Word wraps in an encrypted OLE container), or a zip that is not a Word document.
import { PlanInputError } from '../errors.ts';
import { readCentralDirectory } from './docx/zip.ts';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/** The PlanInputError for an OLE compound file, naming what it holds. */
export function oleError(bytes: Uint8Array, name: string): PlanInputError {
  // Word's password protection: the package encrypted inside an OLE file (MS-OFFCRYPTO).
  if (hasUtf16Name(bytes, 'EncryptedPackage') || hasUtf16Name(bytes, 'EncryptionInfo')) {
    return new PlanInputError('docx-encrypted', `${name} is a password-protected Word file: remove the password (File › Info › Protect Document) and upload it again`);
  }
  if (hasUtf16Name(bytes, 'WordDocument')) {
    return new PlanInputError('legacy-doc', `${name} is a legacy Word 97–2003 document (.doc): save it as .docx (or PDF) and upload that`);
  }
  return new PlanInputError('unsupported-type', `${name} is an old Microsoft Office file (OLE compound file), not a Word document: save the plan as .docx, PDF or Markdown`);
}

/** What a zip without word/document.xml is, in words ("an Excel workbook (.xlsx)"). */
export function describeZip(bytes: Uint8Array): string {
  let names: string[];
  try {
    names = [...readCentralDirectory(bytes).keys()];
  } catch {
    return 'a damaged zip archive';
  }
  if (names.some((n) => n.startsWith('xl/'))) return 'an Excel workbook (.xlsx)';
  if (names.some((n) => n.startsWith('ppt/'))) return 'a PowerPoint presentation (.pptx)';
  if (names.includes('mimetype') && names.includes('content.xml')) return 'an OpenDocument file (.odt/.ods), not a Word document';
  const inner = names.find((n) => /\.(docx|pdf|md|doc)$/i.test(n));
  if (inner) return `a zip archive holding ${inner}: unzip it and upload that file itself`;
  return `a zip archive of ${names.length} file(s), not a Word document`;
}
