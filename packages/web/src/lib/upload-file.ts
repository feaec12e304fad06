import { ApiError, apiErrorFromBody } from './api-error';

/** Sends one file as multipart/form-data in the field "file" (the JSON client cannot send files). */
export async function uploadFile<T>(apiPath: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1${apiPath}`, {
      method: 'POST',
      credentials: 'include',
      headers: { accept: 'application/json' },
      body: form,
    });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : 'Network error');
  }
  const text = await response.text();
  const payload: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) throw apiErrorFromBody(response.status, payload);
  return payload as T;
}
