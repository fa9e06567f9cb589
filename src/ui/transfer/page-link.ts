/**
 * What the page's own address asks for: discovery answers in the query string (prefill) and a
 * share link's `#share=` fragment, which is taken off the address bar as soon as it is read.
 */
import { isTrackingParam, parsePrefill, type Prefill } from '../../core/prefill';

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
  if (loc.search.length > 1) {
    const params = new URLSearchParams(loc.search);
    link.prefill = parsePrefill(params);
    // Used once: a reload, or the next prospect after this one, does not get them again.
    const kept = new URLSearchParams([...params].filter(([key]) => isTrackingParam(key)));
    const query = kept.toString();
    const search = query ? `?${query}` : '';
    hist.replaceState(hist.state, '', loc.pathname + search + (link.share ? '' : loc.hash));
  }
  return link;
}
