import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { DossierSection } from './dossier-lines';

const require = createRequire(import.meta.url);
// Noto Sans has no ≥ / ≤ or emoji glyphs: spell the signs and drop the emoji so the PDF never shows an empty box.
export const printable = (text: string) =>
  text
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]/gu, '');
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');

/** A4 PDF in Noto Sans (covers every Vietnamese letter), one block per section. */
export function renderDossierPdf(title: string, sections: DossierSection[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: title, Producer: 'Lantoa' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', FONT_REGULAR);
    doc.registerFont('bold', FONT_BOLD);
    doc.font('bold').fontSize(18).fillColor('#0f766e').text(title);
    doc.moveDown(0.5);
    for (const section of sections) {
      doc.moveDown(0.6).font('bold').fontSize(12.5).fillColor('#18181b').text(printable(section.title));
      doc.moveDown(0.2);
      for (const [label, value] of section.rows) {
        doc.font('bold').fontSize(9.5).fillColor('#3f3f46').text(printable(label), { continued: false });
        doc.font('regular').fontSize(9.5).fillColor('#18181b').text(printable(value), { indent: 10 });
        doc.moveDown(0.15);
      }
    }
    doc.end();
  });
}

export async function renderDossierXlsx(title: string, sections: DossierSection[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lantoa';
  const sheet = workbook.addWorksheet('Hồ sơ');
  sheet.columns = [
    { header: 'Mục', width: 44 },
    { header: 'Giá trị', width: 110 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([title]).font = { bold: true, size: 14 };
  for (const section of sections) {
    sheet.addRow([]);
    sheet.addRow([section.title]).font = { bold: true };
    for (const row of section.rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
