import { workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';
import type { CodedProblem } from './problem-text';

export interface ImportPreview {
  id: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  headerRowNumber: number;
  headers: string[];
  mapping: (string | null)[];
  fields: string[];
  fixedFields: string[];
  fixed: Record<string, string>;
  notes: string[];
  /** The notes as codes and values, same order, for `imports.notes.<code>`. */
  noteDetails: { code: string; values: Record<string, string | number> }[];
  rowCount: number;
  validCount: number;
  rejectedCount: number;
  existingCount: number;
  mappingProblems: string[];
  /** The mapping problems as codes and values, same order, for `imports.problemCodes.<code>`. */
  mappingProblemDetails?: { code: string; values: Record<string, string | number> }[];
  problems: (CodedProblem & { row: number; column: string })[];
  problemsShown: number;
  problemsTotal: number;
}

export interface ImportStatus {
  id: string;
  fileName: string;
  status: string;
  size: number;
  /** Counts by name (created, updated, unchanged, rejected… as the kind reports them). */
  result: Record<string, unknown> | null;
}

export type ImportKind = 'creators' | 'orders' | 'post_metrics' | 'comments' | 'ga4';

const importsPath = (workspaceId: string) => `${workspacePath(workspaceId)}/imports`;

/** Sends the file's bytes as one streamed request body; `onProgress` gets 0–100 as the browser sends them. */
function putFile(url: string, file: File, onProgress: (percent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    request.withCredentials = true;
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((100 * event.loaded) / event.total));
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve();
      let message = `HTTP ${request.status}`;
      try {
        message =
          (JSON.parse(request.responseText) as { error?: { message?: string } }).error?.message ?? message;
      } catch {
        // not JSON: keep the status
      }
      reject(new Error(message));
    };
    request.onerror = () => reject(new Error('network error'));
    request.send(file);
  });
}

/** Creates the import and uploads the file (binary, not base64); returns the import's id. */
export async function uploadSpreadsheet(
  workspaceId: string,
  file: File,
  onProgress: (percent: number) => void,
  kind: ImportKind = 'creators',
): Promise<string> {
  const created = await api.post<ImportStatus>(importsPath(workspaceId), { kind, fileName: file.name });
  await putFile(`/api/v1${importsPath(workspaceId)}/${created.id}/file`, file, onProgress);
  onProgress(100);
  return created.id;
}

export const previewImport = (
  workspaceId: string,
  importId: string,
  mapping?: (string | null)[],
  fixed?: Record<string, string>,
) =>
  api.post<ImportPreview>(`${importsPath(workspaceId)}/${importId}/preview`, {
    ...(mapping ? { mapping } : {}),
    ...(fixed ? { fixed } : {}),
  });

export const runImport = (workspaceId: string, importId: string, onDuplicate: 'update' | 'skip') =>
  api.post<{ jobId: string }>(`${importsPath(workspaceId)}/${importId}/run`, { onDuplicate });

export const getImport = (workspaceId: string, importId: string) =>
  api.get<ImportStatus>(`${importsPath(workspaceId)}/${importId}`);

export const rejectedRowsUrl = (workspaceId: string, importId: string) =>
  `/api/v1${importsPath(workspaceId)}/${importId}/rejected`;
