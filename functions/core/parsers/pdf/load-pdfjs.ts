// Loads pdf.js (the legacy build, which runs on Node 20) once, on the first PDF.
// Two traps, each silent or fatal: pdf.js evaluates `new DOMMatrix()` at import
// and Node has none (text extraction never uses it: a stub is enough, and
// keeps @napi-rs/canvas out of it); and bundled, pdf.js cannot find its worker
// file, so we import the worker module ourselves and hand it over on
// globalThis.pdfjsWorker, which pdf.js's in-process "fake worker" uses.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const g = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    g.DOMMatrix ??= class DOMMatrix {};
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    g.pdfjsWorker ??= worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
