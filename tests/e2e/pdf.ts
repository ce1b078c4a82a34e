/**
 * Reads a PDF the way a person would: its text, page by page, and each page rendered to a
 * PNG (pdf.js, with the canvas it brings for Node). For the print journeys.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** The page's text, items joined by spaces. */
  text: string;
  /** The page rendered at `scale` (1 = 72 dpi), as a PNG. */
  png: Buffer;
  /** How far down the page its lowest ink reaches, 0 (blank) to 1 (the bottom edge). */
  inkDepth: number;
}

interface NodeCanvas {
  width: number;
  height: number;
  toBuffer(type: 'image/png'): Buffer;
}

/** The text of every page of a PDF. */
export async function readPdfText(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await doc.destroy();
  return texts;
}

/** Every page of a PDF, rendered at `scale`. */
export async function readPdf(bytes: Uint8Array, scale = 1): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
    const viewport = page.getViewport({ scale });
    const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: NodeCanvas; context: CanvasRenderingContext2D } };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context, viewport }).promise;
    pages.push({ text, png: canvas.toBuffer('image/png'), inkDepth: inkDepth(context.getImageData(0, 0, canvas.width, canvas.height)) });
  }
  await doc.destroy();
  return pages;
}

/** The lowest row with a pixel that is not near white, as a fraction of the height. */
function inkDepth(img: ImageData): number {
  const { width, height, data } = img;
  for (let y = height - 1; y >= 0; y--) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (data[i]! < 230 || data[i + 1]! < 230 || data[i + 2]! < 230) return (y + 1) / height;
    }
  }
  return 0;
}
