/**
 * What the page's own address asks for: discovery answers in the query string (prefill) and a
 * share link's `#share=` fragment, which is taken off the address bar as soon as it is read.
 */
import { parsePrefill, type Prefill } from '../../core/prefill';

export interface PageLink {
  prefill?: Prefill;
  share?: string;
}

/** Reads (and for a share link, clears) the address; the machine decides what to do with it. */
export function readPageLink(loc: Location = location, hist: History = history): PageLink {
  const link: PageLink = {};
  if (loc.hash.startsWith('#share=')) {
    link.share = loc.hash;
    // Kept out of the address bar, the history and any bookmark made from here on.
    hist.replaceState(hist.state, '', loc.pathname + loc.search);
  }
  if (loc.search.length > 1) link.prefill = parsePrefill(new URLSearchParams(loc.search));
  return link;
}
