import { basename } from 'node:path';

/**
 * Names that are never documents: Office lock files (~$Rapport.docx), partial downloads and copies
 * (.tmp, .part, .crdownload), dotfiles (.DS_Store, ._Rapport.pdf from macOS on SMB shares) and the
 * thumbnail/folder files Windows leaves in shared folders. Anything else is taken, so that a stray
 * .doc or .jpg ends as a failed result in failed/ rather than lying in the inbox unnoticed.
 */
export function isIgnoredName(path: string): boolean {
  const name = basename(path);
  if (name.startsWith('.') || name.startsWith('~$')) return true;
  if (/\.(tmp|part|crdownload)$/i.test(name)) return true;
  return /^(thumbs\.db|desktop\.ini)$/i.test(name);
}
