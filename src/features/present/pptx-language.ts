/**
 * pptxgenjs tags some runs with "en-US" whatever it is told (notes, placeholders, chart texts, the
 * default run properties), so PowerPoint would spell-check Vietnamese as English. This pass over
 * the written package sets the deck's language on every run and writes each line of the speaker
 * notes as its own paragraph (pptxgenjs puts them all in one run). It also names the theme's East
 * Asian and complex-script fonts, which pptxgenjs leaves empty, and the font of the notes' runs:
 * without them LibreOffice draws text (the notes pages, the slides) in a fallback font (DejaVu).
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

/** `<a:ea typeface=""/>` and `<a:cs typeface=""/>` of each font of the scheme take its Latin typeface. */
const fillThemeFonts = (xml: string) =>
  xml.replace(/<a:(majorFont|minorFont)>([\s\S]*?)<\/a:\1>/g, (all, _kind: string, body: string) => {
    const latin = /<a:latin typeface="([^"]+)"/.exec(body)?.[1];
    return latin ? all.replace(/<a:(ea|cs) typeface=""\/>/g, `<a:$1 typeface="${latin}"/>`) : all;
  });

/** Self-closing run properties get the typeface for every script. */
const nameRunFont = (xml: string, typeface: string) =>
  xml.replace(/<a:rPr ([^>]*?)\/>/g, `<a:rPr $1><a:latin typeface="${typeface}"/><a:ea typeface="${typeface}"/><a:cs typeface="${typeface}"/></a:rPr>`);

export async function localisePackage(bytes: Uint8Array, lang: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let bodyFont: string | undefined;
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/theme\/[^/]+\.xml$/.test(n))) {
    const theme = fillThemeFonts(await zip.file(name)!.async('string'));
    bodyFont ??= /<a:minorFont><a:latin typeface="([^"]+)"/.exec(theme)?.[1];
    zip.file(name, theme);
  }
  for (const name of Object.keys(zip.files).filter((n) => TEXT_PARTS.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const tagged = tagLanguage(xml, lang);
    if (!name.startsWith('ppt/notesSlides/')) zip.file(name, tagged);
    else zip.file(name, bodyFont ? nameRunFont(splitNoteLines(tagged), bodyFont) : splitNoteLines(tagged));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
