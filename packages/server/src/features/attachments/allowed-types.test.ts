import { describe, expect, it } from 'vitest';
import { checkAttachmentType } from './allowed-types';

const pdf = Buffer.from('%PDF-1.7\n');

describe('checkAttachmentType', () => {
  it('accepts a PDF that starts like one', () => {
    expect(checkAttachmentType('hop-dong.pdf', 'application/pdf', pdf)).toEqual({
      ok: true,
      contentType: 'application/pdf',
    });
  });

  it('types an octet-stream upload by its extension', () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(checkAttachmentType('Phụ lục.DOCX', 'application/octet-stream', Buffer.from('PK'))).toEqual({
      ok: true,
      contentType: docx,
    });
  });

  it('refuses HTML, a renamed file and a fake PDF', () => {
    const html = checkAttachmentType('trang.html', 'text/html', Buffer.from('<html>'));
    expect(html).toMatchObject({
      ok: false,
      message: expect.stringContaining('text/html files are not accepted'),
    });
    expect(checkAttachmentType('anh.exe', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('does not match'),
    });
    expect(checkAttachmentType('gia.pdf', 'application/pdf', Buffer.from('<script>'))).toEqual({
      ok: false,
      message: 'the file is not a real PDF',
    });
  });
});
