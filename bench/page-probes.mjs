/**
 * Functions the bench runs inside the page (page.evaluate / addInitScript): each is serialized
 * on its own, so none may use anything from this module's scope.
 *
 * "Painted" is measured two ways, both from the browser's own clock (performance.now, relative
 * to the navigation's start):
 * - a new element's first paint: Element Timing (`elementtiming` is put on every <h1> the moment
 *   it enters the DOM, before it can paint), renderTime;
 * - an update of an element already on screen (the next question in the same <h1>, a chart
 *   redrawn): the frame that shows it, taken as the first task after that frame's
 *   requestAnimationFrame callbacks (rAF → MessageChannel), i.e. when the frame was produced.
 */
export const inPage = {
  /** Installed before any page script: heading paint marks, long tasks, PDF blobs. */
  install: function install({ noIdlePrefetch }) {
    const bench = {
      paints: [],
      mounts: {},
      longTasks: [],
      pdfs: [],
    };
    Object.defineProperty(window, '__bench', { value: bench });
    const mark = (node) => {
      if (!(node instanceof Element)) return;
      const heads = node.matches('h1') ? [node] : [...node.querySelectorAll('h1')];
      for (const h of heads) {
        if (!h.hasAttribute('elementtiming')) h.setAttribute('elementtiming', h.id || 'h1');
        bench.mounts[h.id || 'h1'] ??= performance.now();
      }
    };
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) mark(n);
    }).observe(document, { childList: true, subtree: true });
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          bench.paints.push({ id: e.identifier, time: e.renderTime || e.loadTime });
        }
      }).observe({ type: 'element', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          bench.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // Without these observers the probes below time out and say so.
    }
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj) => {
      if (obj instanceof Blob && obj.type === 'application/pdf') {
        bench.pdfs.push({ time: performance.now(), blob: obj });
      }
      return create(obj);
    };
    if (noIdlePrefetch) {
      // Nothing runs "while idle": the PDF click has to load jsPDF itself.
      window.requestIdleCallback = () => 0;
      window.cancelIdleCallback = () => undefined;
    }
  },

  /** Waits for the first <h1>'s first paint; its time from navigation start and its id. */
  waitForHeadingPaint: async function waitForHeadingPaint() {
    const bench = window.__bench;
    const until = performance.now() + 15_000;
    while (bench.paints.length === 0) {
      if (performance.now() > until) throw new Error('No heading was painted within 15 s.');
      await new Promise((r) => setTimeout(r, 10));
    }
    const first = bench.paints[0];
    return { paint: first.time, id: first.id };
  },

  /** Resolves after `ms` without a long task (at most 10 s). */
  quietWindow: async function quietWindow(ms) {
    const bench = window.__bench;
    const until = performance.now() + 10_000;
    for (;;) {
      const last = bench.longTasks.reduce((m, t) => Math.max(m, t.end), 0);
      const now = performance.now();
      if (now - last >= ms || now > until) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  },

  /**
   * Interactive: the welcome screen is painted, its controls are mounted (Svelte attaches the
   * handlers as it mounts), the flow has started (the app marks `ff:flow-started` once the
   * machine that answers Start runs; it loads just after the first paint) and the last long task
   * before a quiet window has ended.
   */
  interactiveAt: function interactiveAt() {
    const bench = window.__bench;
    const mounted = bench.mounts['welcome-heading'] ?? bench.mounts.h1 ?? 0;
    const lastLong = bench.longTasks.reduce((m, t) => Math.max(m, t.end), 0);
    const painted = bench.paints[0]?.time ?? 0;
    const flow = performance.getEntriesByName('ff:flow-started')[0]?.startTime;
    if (flow === undefined) throw new Error('The app never marked ff:flow-started.');
    return Math.max(mounted, painted, flow, lastLong);
  },

  /** Clicks Start on the welcome screen; ms until the first question's heading is painted. */
  startToFirstQuestion: async function startToFirstQuestion() {
    const bench = window.__bench;
    const start = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Start the assessment',
    );
    if (!start) throw new Error('No "Start the assessment" button on the first screen.');
    const t0 = performance.now();
    start.click();
    const until = t0 + 15_000;
    for (;;) {
      const p = bench.paints.find((e) => e.id === 'q-heading');
      if (p) return { paint: p.time - t0 };
      if (performance.now() > until) throw new Error('The first question was not painted.');
      await new Promise((r) => setTimeout(r, 5));
    }
  },

  /**
   * An impatient visitor: Start is clicked the moment the welcome heading has painted, before
   * the flow may have loaded. Returns the first question's paint time from navigation.
   */
  startAtFirstPaint: async function startAtFirstPaint() {
    const bench = window.__bench;
    const until = performance.now() + 15_000;
    while (bench.paints.length === 0) {
      if (performance.now() > until) throw new Error('No heading was painted within 15 s.');
      await new Promise((r) => setTimeout(r, 2));
    }
    const start = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Start the assessment',
    );
    if (!start) throw new Error('No "Start the assessment" button on the first screen.');
    const clickedAt = performance.now();
    start.click();
    for (;;) {
      const p = bench.paints.find((e) => e.id === 'q-heading');
      if (p) return { paint: p.time, clickedAt, welcome: bench.paints[0].time };
      if (performance.now() > until) throw new Error('The first question was not painted.');
      await new Promise((r) => setTimeout(r, 5));
    }
  },

  /**
   * Answers every question the way a person would (a number, the second choice), one at a
   * time: picks, waits for that frame, then clicks Next and times the frame that shows the
   * next question. For the first questions it also times the answer until it is in IndexedDB.
   */
  answerAll: async function answerAll() {
    const frame = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now());
          ch.port2.postMessage(0);
        }),
      );
    const stored = () =>
      new Promise((resolve) => {
        const open = indexedDB.open('fractional-fit');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          try {
            const req = db
              .transaction('assessments', 'readonly')
              .objectStore('assessments')
              .getAll();
            req.onsuccess = () => {
              db.close();
              resolve(req.result);
            };
            req.onerror = () => {
              db.close();
              resolve([]);
            };
          } catch {
            db.close();
            resolve([]);
          }
        };
      });
    const holds = (records, id, check) =>
      records.some((r) => r && typeof r === 'object' && r.answers && check(r.answers[id]));
    const nextPainted = [];
    const nextInDom = [];
    const nextFrames = [];
    const durable = [];
    const DURABLE_SAMPLES = 4;
    for (let i = 0; i < 150; i++) {
      const h1 = document.querySelector('h1#q-heading');
      if (!h1) break;
      const article = h1.closest('article') ?? document;
      const id = h1.textContent;
      const numberBox = article.querySelector('input[inputmode="numeric"]');
      let qid = '';
      let check = () => false;
      const tAnswer = performance.now();
      if (numberBox) {
        qid = numberBox.id.replace(/^answer-/, '');
        const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        set.call(numberBox, '40');
        numberBox.dispatchEvent(new Event('input', { bubbles: true }));
        check = (v) => v === 40;
      } else {
        const boxes = [...article.querySelectorAll('input[type="radio"], input[type="checkbox"]')];
        const box = boxes[1] ?? boxes[0];
        if (!box) throw new Error(`Question "${id}" has no answer to pick.`);
        const value = box.value;
        // Choice ids are `opt-<question id>-<value>`.
        qid = box.id.slice('opt-'.length, -(value.length + 1));
        if (!box.checked) box.click();
        check = (v) => v === value || (Array.isArray(v) && v.includes(value));
      }
      await frame();
      if (i < DURABLE_SAMPLES && qid) {
        const until = tAnswer + 5_000;
        for (;;) {
          if (holds(await stored(), qid, check)) {
            durable.push(performance.now() - tAnswer);
            break;
          }
          if (performance.now() > until) break;
        }
        await frame();
      }
      const next = [...article.querySelectorAll('nav button')].find(
        (b) => b.textContent?.trim() === 'Next',
      );
      if (!next) throw new Error(`Question "${id}" has no Next button.`);
      // When the next question is in the DOM (the work the click caused), and in which frame
      // it shows: the click comes just after a frame, so "the next frame" is ~16.7 ms at 60 Hz
      // however little work there is.
      let inDom = null;
      const changed = new MutationObserver(() => {
        if (inDom === null && document.querySelector('h1')?.textContent !== id) {
          inDom = performance.now();
        }
      });
      changed.observe(document.body, { subtree: true, childList: true, characterData: true });
      const t0 = performance.now();
      next.click();
      let shown = await frame();
      let frames = 1;
      for (; frames < 30 && document.querySelector('h1')?.textContent === id; frames++) {
        shown = await frame();
      }
      changed.disconnect();
      nextPainted.push(shown - t0);
      nextInDom.push((inDom ?? shown) - t0);
      nextFrames.push(frames);
    }
    // The review screen is fetched when idle during the questionnaire; in the cold-PDF journey,
    // where idle callbacks never run, it loads on arrival instead.
    const reviewBy = performance.now() + 5_000;
    let h = document.querySelector('h1')?.textContent ?? '';
    while (!/Review your answers/.test(h) && performance.now() < reviewBy) {
      await frame();
      h = document.querySelector('h1')?.textContent ?? '';
    }
    if (!/Review your answers/.test(h)) throw new Error(`The journey stopped at "${h}".`);
    return { nextPainted, nextInDom, nextFrames, durable };
  },

  /** From the review screen: ms from "See my results" to both charts having pixels. */
  openResults: async function openResults() {
    const see = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'See my results',
    );
    if (!see) throw new Error('No "See my results" button on the review screen.');
    const painted = (c) => {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0 || c.height === 0) return false;
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      for (let i = 3; i < data.length; i += 16) if (data[i] !== 0) return true;
      return false;
    };
    const frame = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now());
          ch.port2.postMessage(0);
        }),
      );
    const t0 = performance.now();
    see.click();
    const until = t0 + 20_000;
    for (;;) {
      const shown = await frame();
      const canvases = [...document.querySelectorAll('canvas')];
      if (canvases.length >= 2 && canvases.every(painted)) return { chartsDrawn: shown - t0 };
      if (performance.now() > until) throw new Error('The two charts were not drawn in 20 s.');
    }
  },

  /** Waits until a resource whose URL contains `part` has loaded (at most 15 s). */
  waitForResource: async function waitForResource(part) {
    const until = performance.now() + 15_000;
    while (performance.now() < until) {
      const e = performance.getEntriesByType('resource').find((r) => r.name.includes(part));
      if (e && e.responseEnd > 0) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  },

  /** Clicks "Download the PDF report"; ms until the PDF's bytes exist, its size and pages. */
  pdfClick: async function pdfClick() {
    const bench = window.__bench;
    const until = performance.now() + 20_000;
    let button;
    for (;;) {
      button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Download the PDF report' && !b.disabled,
      );
      if (button) break;
      if (performance.now() > until) throw new Error('No enabled PDF button.');
      await new Promise((r) => setTimeout(r, 20));
    }
    const before = bench.pdfs.length;
    const t0 = performance.now();
    button.click();
    while (bench.pdfs.length === before) {
      if (performance.now() > until) throw new Error('No PDF within 20 s of the click.');
      await new Promise((r) => setTimeout(r, 2));
    }
    const pdf = bench.pdfs[bench.pdfs.length - 1];
    const text = new TextDecoder('latin1').decode(await pdf.blob.arrayBuffer());
    const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    if (!text.startsWith('%PDF-')) throw new Error('The blob is not a PDF.');
    return { ms: pdf.time - t0, size: pdf.blob.size, pages };
  },

  /** Types `n` different salaries; for each, ms until the cost chart's pixels changed. */
  changeAssumptions: async function changeAssumptions(n) {
    const input = document.getElementById('assumption-cisoBaseSalary');
    const canvas = document.querySelector('canvas[aria-label^="Line chart"]');
    if (!input || !canvas) throw new Error('No salary field or cost chart on the results page.');
    const ctx = canvas.getContext('2d');
    const hash = () => {
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let h = 0;
      for (let i = 0; i < data.length; i += 4) h = (h * 31 + data[i] + data[i + 2]) | 0;
      return h;
    };
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const frame = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now());
          ch.port2.postMessage(0);
        }),
      );
    const updated = [];
    for (let i = 0; i < n; i++) {
      const before = hash();
      set.call(input, String(180_000 + ((i * 7_000) % 120_000)));
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const until = t0 + 3_000;
      for (;;) {
        const shown = await frame();
        if (hash() !== before) {
          updated.push(shown - t0);
          break;
        }
        if (performance.now() > until) break;
      }
    }
    if (updated.length < n / 2)
      throw new Error(`The chart changed for only ${updated.length}/${n}.`);
    return { updated };
  },

  /** The page as rendered, without its scripts: the static reference for the first question. */
  staticSnapshot: function staticSnapshot() {
    const doc = document.documentElement.cloneNode(true);
    for (const el of doc.querySelectorAll('script, link[rel="modulepreload"]')) el.remove();
    const h1 = doc.querySelector('h1');
    h1?.setAttribute('elementtiming', 'reference');
    return `<!doctype html>\n${doc.outerHTML}`;
  },
};
