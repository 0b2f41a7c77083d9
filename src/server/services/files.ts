/**
 * Work on files that does not touch the database: describing a partner's export before it is
 * imported, and the standalone linkage command for data teams. The CLI and (later) the import
 * API call these; the readers and the linkage engine do the work.
 */
import type { FileShape, InspectOptions } from '../io/file-shape';
import { inspectFile } from '../io/inspect-file';

export {
  runLinkageOnFiles,
  type LinkageFilesOptions,
  type LinkageFilesSummary,
} from './linkage-files';

/** Which tool made a file, its encoding, delimiter, header/title/footer rows and columns. */
export const inspectExport = (path: string, options: InspectOptions = {}): Promise<FileShape> =>
  inspectFile(path, options);
