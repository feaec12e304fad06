import { workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export interface ImportPreview {
  id: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  headerRowNumber: number;
  headers: string[];
  mapping: (string | null)[];
  fields: string[];
  rowCount: number;
  validCount: number;
  rejectedCount: number;
  existingCount: number;
  mappingProblems: string[];
  problems: { row: number; column: string; message: string }[];
  problemsShown: number;
  problemsTotal: number;
}

export interface ImportStatus {
  id: string;
  fileName: string;
  status: string;
  size: number;
  result: {
    created?: number;
    updated?: number;
    unchanged?: number;
    skipped?: number;
    rejected?: number;
  } | null;
}

const CHUNK_BYTES = 512 * 1024;
const importsPath = (workspaceId: string) => `${workspacePath(workspaceId)}/imports`;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Uploads a file in chunks that fit the API's body limit; `onProgress` gets 0–100. */
export async function uploadSpreadsheet(
  workspaceId: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<string> {
  const created = await api.post<ImportStatus>(importsPath(workspaceId), {
    kind: 'creators',
    fileName: file.name,
  });
  const bytes = new Uint8Array(await file.arrayBuffer());
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    await api.post(`${importsPath(workspaceId)}/${created.id}/chunks`, {
      offset,
      data: toBase64(bytes.subarray(offset, offset + CHUNK_BYTES)),
    });
    onProgress(Math.round((100 * Math.min(bytes.length, offset + CHUNK_BYTES)) / bytes.length));
  }
  return created.id;
}

export const previewImport = (workspaceId: string, importId: string, mapping?: (string | null)[]) =>
  api.post<ImportPreview>(`${importsPath(workspaceId)}/${importId}/preview`, mapping ? { mapping } : {});

export const runImport = (workspaceId: string, importId: string, onDuplicate: 'update' | 'skip') =>
  api.post<{ jobId: string }>(`${importsPath(workspaceId)}/${importId}/run`, { onDuplicate });

export const getImport = (workspaceId: string, importId: string) =>
  api.get<ImportStatus>(`${importsPath(workspaceId)}/${importId}`);

export const rejectedRowsUrl = (workspaceId: string, importId: string) =>
  `/api/v1${importsPath(workspaceId)}/${importId}/rejected`;
