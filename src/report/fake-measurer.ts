/** A monospace stand-in for jsPDF's metrics, so layout tests are exact (tests only). */
import type { Font, TextMeasurer } from './layout';

/** Every character is half the font size wide; words wrap greedily, long words are cut. */
export const fakeMeasurer: TextMeasurer = {
  width: (text: string, font: Font) => Array.from(text).length * font.size * 0.5,
  split(text: string, maxWidth: number, font: Font) {
    const perLine = Math.max(1, Math.floor(maxWidth / (font.size * 0.5)));
    const out: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(' ')) {
        let w = word;
        while (w.length > perLine) {
          if (line) out.push(line);
          out.push(w.slice(0, perLine));
          w = w.slice(perLine);
          line = '';
        }
        const next = line ? `${line} ${w}` : w;
        if (next.length > perLine) {
          out.push(line);
          line = w;
        } else line = next;
      }
      out.push(line);
    }
    return out;
  },
};
