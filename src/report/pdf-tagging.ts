/**
 * Makes the jsPDF report a tagged PDF: a language, a structure tree (sections, headings,
 * paragraphs, lists, tables with header cells, figures with alternative text) in reading
 * order, marked content tying every piece of text to its element (or marking it as an
 * artifact: the running header and footer, rules, a repeated table header), live links with
 * their own elements, and bookmarks for the sections. jsPDF writes none of this: its document
 * events let us add entries to pages and to the catalogue, and objects of our own.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import type { DrawOp, StructNode, StructRole, TextMeasurer } from './layout';
import { toPdfSafeText } from './pdf-text';

/** The parts of jsPDF's internal API used here (jsPDF 4: `doc.internal`). */
interface JsPdfInternals {
  write(...args: (string | number)[]): void;
  newObjectDeferred(): number;
  newObjectDeferredBegin(id: number, output: boolean): number;
  newAdditionalObject(): { objId: number; content: string };
  getPageInfo(page: number): { objId: number };
  pageSize: { getHeight(): number };
  events: { subscribe(event: string, handler: (data: unknown) => void): unknown };
}

/** Only web and e-mail links, from the validated configuration, ever become live. */
const LINK_SCHEMES = /^(https:|mailto:|tel:)/i;

interface Element {
  node: StructNode | { id: string; role: 'Link' };
  parent: string | null;
  /** Child elements' ids and marked content, in reading order. */
  kids: ({ element: string } | { page: number; mcid: number } | { page: number; annot: number })[];
}

interface LinkBox {
  page: number;
  element: string;
  url: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A PDF text string in UTF-16BE, so any character survives. */
function pdfText(text: string): string {
  let hex = 'FEFF';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code > 0xffff) {
      const v = code - 0x10000;
      hex += ((0xd800 + (v >> 10)) & 0xffff).toString(16).padStart(4, '0');
      hex += ((0xdc00 + (v & 0x3ff)) & 0xffff).toString(16).padStart(4, '0');
    } else hex += code.toString(16).padStart(4, '0');
  }
  return `<${hex.toUpperCase()}>`;
}

/** A PDF literal string of printable ASCII (URLs), escaped. */
function pdfAscii(text: string): string {
  return `(${text.replace(/[^\x20-\x7e]/g, '').replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

export class PdfTagger {
  readonly #elements = new Map<string, Element>();
  readonly #top: string[] = [];
  /** Per page (0-based): the element of each MCID, by MCID. */
  readonly #parents: string[][] = [];
  readonly #links: LinkBox[] = [];
  readonly #bookmarks: { title: string; page: number; id: string }[] = [];
  #page = -1;
  #open: string | 'artifact' | null = null;
  #doc: JsPdf | null = null;

  readonly measure: TextMeasurer;
  readonly lang: string;

  constructor(measure: TextMeasurer, lang: string) {
    this.measure = measure;
    this.lang = lang;
  }

  /** Hooks into the document's events; call once, before drawing. */
  attach(doc: JsPdf): void {
    this.#doc = doc;
    const internal = doc.internal as unknown as JsPdfInternals;
    internal.events.subscribe('putPage', (data) => this.#putPage(data as { pageNumber: number }));
    internal.events.subscribe('postPutResources', () => this.#putStructure());
    internal.events.subscribe('putCatalog', () => this.#putCatalog());
  }

  /** A new page is being drawn (0-based). */
  startPage(page: number): void {
    this.#close();
    this.#page = page;
    this.#parents[page] = [];
  }

  /** Draws one operation inside the marked content it belongs to. */
  draw(op: DrawOp, paint: () => void): void {
    const tag = op.tag;
    if (!tag || tag.path.length === 0) {
      if (this.#open !== 'artifact') {
        this.#close();
        this.#write('/Artifact BMC');
        this.#open = 'artifact';
      }
      paint();
      return;
    }
    const link = tag.link && LINK_SCHEMES.test(tag.link) ? tag.link : null;
    const path: (StructNode | { id: string; role: 'Link' })[] = [...tag.path];
    const leafNode = tag.path[tag.path.length - 1]!;
    if (link) path.push({ id: `${leafNode.id}-link`, role: 'Link' });
    const leaf = this.#register(path);
    if (this.#open !== leaf) {
      this.#close();
      const mcids = this.#parents[this.#page]!;
      const mcid = mcids.length;
      mcids.push(leaf);
      this.#elements.get(leaf)!.kids.push({ page: this.#page, mcid });
      const role = this.#elements.get(leaf)!.node.role;
      this.#write(`/${role} <</MCID ${mcid}>> BDC`);
      this.#open = leaf;
    }
    paint();
    if (op.op === 'text') {
      if (link) this.#addLinkBox(leaf, link, op);
      if (leafNode.role === 'H2') this.#bookmark(leafNode.id, op.text);
    }
  }

  /** Ends the page's last marked-content sequence. */
  endPage(): void {
    this.#close();
  }

  /** Adds each section heading to the document outline (bookmarks), opened beside the pages. */
  addBookmarks(doc: JsPdf): void {
    const outline = (
      doc as unknown as {
        outline?: { add(parent: unknown, title: string, o: { pageNumber: number }): unknown };
      }
    ).outline;
    if (!outline) return;
    for (const b of this.#bookmarks) {
      outline.add(null, toPdfSafeText(b.title), { pageNumber: b.page + 1 });
    }
  }

  /** What the tree holds, by structure type (for tests and the docs' figures). */
  counts(): Partial<Record<StructRole | 'Link', number>> {
    const out: Partial<Record<StructRole | 'Link', number>> = {};
    for (const e of this.#elements.values()) out[e.node.role] = (out[e.node.role] ?? 0) + 1;
    return out;
  }

  #write(line: string): void {
    (this.#doc!.internal as unknown as JsPdfInternals).write(line);
  }

  #close(): void {
    if (this.#open !== null) this.#write('EMC');
    this.#open = null;
  }

  /** Registers each element of the path under its parent, in order of first appearance. */
  #register(path: readonly (StructNode | { id: string; role: 'Link' })[]): string {
    let parent: string | null = null;
    for (const n of path) {
      if (!this.#elements.has(n.id)) {
        this.#elements.set(n.id, { node: n, parent, kids: [] });
        if (parent === null) this.#top.push(n.id);
        else this.#elements.get(parent)!.kids.push({ element: n.id });
      }
      parent = n.id;
    }
    return parent!;
  }

  #bookmark(id: string, text: string): void {
    const known = this.#bookmarks.find((b) => b.id === id);
    if (!known) this.#bookmarks.push({ id, title: text, page: this.#page });
    else if (known.page === this.#page) known.title += ` ${text}`;
  }

  #addLinkBox(element: string, url: string, op: Extract<DrawOp, { op: 'text' }>): void {
    const w = this.measure.width(op.text, op.font);
    const x0 = op.align === 'right' ? op.x - w : op.align === 'center' ? op.x - w / 2 : op.x;
    const top = op.y - op.font.size * 0.8;
    const bottom = op.y + op.font.size * 0.25;
    const box = this.#links.find((l) => l.element === element && l.page === this.#page);
    if (box) {
      box.x0 = Math.min(box.x0, x0);
      box.x1 = Math.max(box.x1, x0 + w);
      box.y0 = Math.min(box.y0, top);
      box.y1 = Math.max(box.y1, bottom);
    } else {
      this.#links.push({ page: this.#page, element, url, x0, y0: top, x1: x0 + w, y1: bottom });
    }
  }

  /** Page dictionary: its key into the parent tree, tab order by structure, its links. */
  #putPage({ pageNumber }: { pageNumber: number }): void {
    const internal = this.#doc!.internal as unknown as JsPdfInternals;
    const page = pageNumber - 1;
    internal.write(`/StructParents ${page} /Tabs /S`);
    const links = this.#links.filter((l) => l.page === page);
    if (links.length === 0) return;
    const height = internal.pageSize.getHeight();
    const refs: string[] = [];
    for (const l of links) {
      const annot = internal.newAdditionalObject();
      const key = this.#parents.length + this.#links.indexOf(l);
      const rect = [l.x0 - 1, height - l.y1 - 1, l.x1 + 1, height - l.y0 + 1]
        .map((v) => v.toFixed(2))
        .join(' ');
      annot.content =
        `<</Type /Annot /Subtype /Link /Rect [${rect}] /Border [0 0 0] /F 4` +
        ` /P ${internal.getPageInfo(pageNumber).objId} 0 R /StructParent ${key}` +
        ` /Contents ${pdfText(l.url.replace(/^(mailto|tel):/i, ''))}` +
        ` /A <</S /URI /URI ${pdfAscii(l.url)}>>>>`;
      this.#elements.get(l.element)!.kids.push({ page, annot: annot.objId });
      refs.push(`${annot.objId} 0 R`);
    }
    internal.write(`/Annots [${refs.join(' ')}]`);
  }

  #rootId = 0;

  /** The structure tree's objects: the root, the Document element, every element, the parent tree. */
  #putStructure(): void {
    const internal = this.#doc!.internal as unknown as JsPdfInternals;
    const ref = (id: number) => `${id} 0 R`;
    const pageRef = (page: number) => ref(internal.getPageInfo(page + 1).objId);
    this.#rootId = internal.newObjectDeferred();
    const documentId = internal.newObjectDeferred();
    const parentTreeId = internal.newObjectDeferred();
    const ids = new Map<string, number>();
    for (const id of this.#elements.keys()) ids.set(id, internal.newObjectDeferred());
    const object = (id: number, body: string) => {
      internal.newObjectDeferredBegin(id, true);
      internal.write(body);
      internal.write('endobj');
    };

    object(
      this.#rootId,
      `<</Type /StructTreeRoot /K [${ref(documentId)}] /ParentTree ${ref(parentTreeId)}` +
        ` /ParentTreeNextKey ${this.#parents.length + this.#links.length}>>`,
    );
    object(
      documentId,
      `<</Type /StructElem /S /Document /P ${ref(this.#rootId)} /Lang ${pdfAscii(this.lang)}` +
        ` /K [${this.#top.map((id) => ref(ids.get(id)!)).join(' ')}]>>`,
    );
    for (const [id, e] of this.#elements) {
      const kids = e.kids.map((k) =>
        'element' in k
          ? ref(ids.get(k.element)!)
          : 'mcid' in k
            ? `<</Type /MCR /Pg ${pageRef(k.page)} /MCID ${k.mcid}>>`
            : `<</Type /OBJR /Pg ${pageRef(k.page)} /Obj ${ref(k.annot)}>>`,
      );
      const parent = e.parent === null ? documentId : ids.get(e.parent)!;
      const n = e.node as StructNode;
      const extra =
        (n.alt ? ` /Alt ${pdfText(n.alt)}` : '') +
        (n.scope ? ` /A <</O /Table /Scope /${n.scope}>>` : '');
      object(
        ids.get(id)!,
        `<</Type /StructElem /S /${e.node.role} /P ${ref(parent)} /K [${kids.join(' ')}]${extra}>>`,
      );
    }
    const nums: string[] = [];
    this.#parents.forEach((mcids, page) => {
      nums.push(`${page} [${mcids.map((id) => ref(ids.get(id)!)).join(' ')}]`);
    });
    this.#links.forEach((l, i) =>
      nums.push(`${this.#parents.length + i} ${ref(ids.get(l.element)!)}`),
    );
    object(parentTreeId, `<</Nums [${nums.join(' ')}]>>`);
  }

  #putCatalog(): void {
    const internal = this.#doc!.internal as unknown as JsPdfInternals;
    internal.write(
      `/MarkInfo <</Marked true>> /StructTreeRoot ${this.#rootId} 0 R /Lang ${pdfAscii(this.lang)}` +
        ` /ViewerPreferences <</DisplayDocTitle true>>` +
        (this.#bookmarks.length > 0 ? ' /PageMode /UseOutlines' : ''),
    );
  }
}
