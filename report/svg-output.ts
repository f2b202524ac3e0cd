import { renderAsync } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Language } from '../domain/community/community';
import { FONT_FAMILY, fontData, fontFiles } from './fonts';
import { PNG_WIDTH } from './theme';

/** A4 in PDF points. */
export const A4 = { width: 595.28, height: 841.89 };
const BOLD = `${FONT_FAMILY}-Bold`;

/** A drawn page as a PNG `PNG_WIDTH` wide, with Inter (never the system's fonts). */
export async function svgToPng(svg: string): Promise<{ png: Buffer; width: number; height: number }> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: PNG_WIDTH },
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    background: '#ffffff',
    logLevel: 'off',
  });
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** One PDF page: the drawing, the page's size in points, and the drawing's height on it (the page's by default). */
export interface PdfPage {
  svg: string;
  size: [number, number];
  height?: number;
}

/** The pages as one PDF (vector, Inter embedded), titled and in the document's language. */
export function svgsToPdf(pages: readonly PdfPage[], meta: { title: string; language: Language }): Promise<Buffer> {
  const doc = new PDFDocument({
    margin: 0,
    autoFirstPage: false,
    lang: meta.language === 'nl' ? 'nl-BE' : 'en-GB',
    displayTitle: true,
    info: { Title: meta.title, Author: 'Leerkring', Creator: 'Leerkring' },
  });
  doc.registerFont(FONT_FAMILY, fontData('regular'));
  doc.registerFont(BOLD, fontData('bold'));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of pages) {
    doc.addPage({ size: page.size, margin: 0 });
    SVGtoPDF(doc, page.svg, 0, 0, {
      width: page.size[0],
      height: page.height ?? page.size[1],
      fontCallback: (_family, bold) => (bold ? BOLD : FONT_FAMILY),
    });
  }
  doc.end();
  return done;
}
