/**
 * pptxgenjs tags some runs with "en-US" whatever it is told (notes, placeholders, chart texts, the
 * default run properties), so PowerPoint would spell-check Vietnamese as English. This pass over
 * the written package sets the deck's language on every run and writes each line of the speaker
 * notes as its own paragraph (pptxgenjs puts them all in one run).
 */
import JSZip from 'jszip';

const TEXT_PARTS = /^ppt\/(slides|notesSlides|charts|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$|^ppt\/presentation\.xml$/;

/** `lang="…"` on runs, never `altLang`. */
const tagLanguage = (xml: string, lang: string) => xml.replace(/(\s)lang="[A-Za-z-]+"/g, `$1lang="${lang}"`);

/** One paragraph per line of the notes body (the placeholder with idx="1"). */
function splitNoteLines(xml: string): string {
  return xml.replace(/<a:p><a:r>(<a:rPr [^>]*\/>)<a:t>([^<]*)<\/a:t><\/a:r>(<a:endParaRPr [^>]*\/>)<\/a:p>/g, (all, rPr: string, text: string, end: string) => {
    if (!text.includes('\n')) return all;
    return text
      .split(/\r?\n/)
      .map((line) => (line ? `<a:p><a:r>${rPr}<a:t>${line}</a:t></a:r>${end}</a:p>` : `<a:p>${end}</a:p>`))
      .join('');
  });
}

export async function localisePackage(bytes: Uint8Array, lang: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => TEXT_PARTS.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const tagged = tagLanguage(xml, lang);
    zip.file(name, name.startsWith('ppt/notesSlides/') ? splitNoteLines(tagged) : tagged);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
