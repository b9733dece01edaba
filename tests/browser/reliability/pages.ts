// The pages the reliability tests load: the seed, the Pangea page and the 52 readability-news
// pages, each served as if from www.rferl.org with <html lang> forced to English (so the whole
// pipeline runs, not an early "language not supported"), and with a tiny page script of our own
// that stands for the page's scripts: it sets a flag, listens for clicks and keeps a snapshot of
// the body as parsed, before any content script could run.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, seedHtmlPath } from '../harness/paths';

export const sharedDir = path.resolve(repoRoot, '../shared');
export const pangeaHtmlPath = path.join(sharedDir, 'corpora/pangea/polygraph-30279001.html');
export const readabilityNewsDir = path.join(sharedDir, 'corpora/readability-news');

export interface CorpusPage {
  name: string;
  file: string;
  /** <html lang> as saved (null: none). */
  declaredLang: string | null;
  /** Whether lang was rewritten to "en". */
  langForced: boolean;
  /** Served at this URL, on the host where the content script runs. */
  url: string;
  /** The HTML as served: lang forced, probe script added. */
  html: string;
}

/** Rewrites (or adds) lang="en" on every <html> tag unless the page already declares English. */
export function forceEnglish(html: string): { html: string; declared: string | null; forced: boolean } {
  // The real <html> tag, not one in an IE conditional comment.
  const tag = /<html\b[^>]*>/i.exec(html.replace(/<!--[\s\S]*?-->/g, ''));
  if (!tag) return { html, declared: null, forced: false };
  const lang = /\slang\s*=\s*["']?([^"'\s>]*)/i.exec(tag[0]);
  const declared = lang?.[1] ?? null;
  if (declared !== null && /^en\b/i.test(declared)) return { html, declared, forced: false };
  const rewrite = (t: string): string => {
    const l = /\slang\s*=\s*["']?[^"'\s>]*["']?/i.exec(t);
    return l ? t.replace(l[0], ' lang="en"') : t.replace(/^<html\b/i, '<html lang="en"');
  };
  return { html: html.replace(/<html\b[^>]*>/gi, rewrite), declared, forced: true };
}

/** What the probe page script leaves in the page's main world (window.__pageProbe). */
export interface PageProbe {
  flag: string;
  clicks: number;
  /** nodeName of the last click's target, as the page's own handler saw it. */
  lastTarget: string | null;
  /** document.body.innerHTML at DOMContentLoaded. */
  pristine: string | null;
  /** Whether our content script had already started when that snapshot was taken. */
  sourcelightBeforeSnapshot: boolean | null;
  /**
   * Changes to the body since that snapshot that are not ours: elements other than our
   * marks and panel host added or removed, attributes changed on anything but those. (Text-only
   * changes count as ours: highlighting splits and merges text nodes.) A page whose own scripts
   * change it cannot be compared with the snapshot.
   */
  pageMutations: number;
  /** A few of those changes, for the test's message. */
  pageMutationSamples: string[];
}

export const PROBE_FLAG = 'set-by-the-page';

/** The page script: plain ES5 in a classic inline <script>, as a page's own would be. */
export const PROBE_SCRIPT = `<script data-page-probe>(function () {
  var probe = window.__pageProbe = { flag: ${JSON.stringify(PROBE_FLAG)}, clicks: 0, lastTarget: null, pristine: null,
    sourcelightBeforeSnapshot: null, pageMutations: 0, pageMutationSamples: [] };
  document.addEventListener('click', function (event) {
    probe.clicks += 1;
    probe.lastTarget = event.target && event.target.nodeName;
    event.preventDefault(); // a click on a highlighted link must not navigate away
  });
  function ours(node) {
    return node.nodeType !== 1 || (node.nodeName === 'MARK' && node.classList.contains('sourcelight-mark')) ||
      node.id === 'sourcelight-panel-host';
  }
  function describe(node) {
    return node.nodeType === 1 ? node.nodeName + (node.id ? '#' + node.id : '') + (node.getAttribute('src') ? '[src=' + node.getAttribute('src').slice(0, 60) + ']' : '') : '#text';
  }
  function note(what) {
    probe.pageMutations += 1;
    if (probe.pageMutationSamples.length < 5) probe.pageMutationSamples.push(what);
  }
  document.addEventListener('DOMContentLoaded', function () {
    probe.pristine = document.body ? document.body.innerHTML : null;
    probe.sourcelightBeforeSnapshot = performance.getEntriesByName('sourcelight:start').length > 0;
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        var r = records[i];
        if (r.type === 'attributes') {
          if (!ours(r.target)) note(r.attributeName + ' on ' + describe(r.target));
        } else if (r.type === 'childList') {
          var nodes = Array.prototype.slice.call(r.addedNodes).concat(Array.prototype.slice.call(r.removedNodes));
          for (var j = 0; j < nodes.length; j++) if (!ours(nodes[j])) note('child ' + describe(nodes[j]) + ' of ' + describe(r.target));
        }
      }
    }).observe(document.body || document.documentElement, { subtree: true, childList: true, attributes: true });
  });
})();</script>`;

/** Adds the probe script at the end of <body> (or of the document). */
export function withProbe(html: string): string {
  const at = html.search(/<\/body\s*>/i);
  return at < 0 ? html + PROBE_SCRIPT : html.slice(0, at) + PROBE_SCRIPT + html.slice(at);
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function corpusPage(name: string, file: string): CorpusPage {
  const { html, declared, forced } = forceEnglish(fs.readFileSync(file, 'utf8'));
  return {
    name,
    file,
    declaredLang: declared,
    langForced: forced,
    url: `http://www.rferl.org/a/reliability-${slug(name)}/1.html`,
    html: withProbe(html),
  };
}

/** The seed, the Pangea page and every readability-news page, in that order. */
export function allCorpusPages(): CorpusPage[] {
  const pages = [corpusPage('seed', seedHtmlPath), corpusPage('pangea', pangeaHtmlPath)];
  const names = fs
    .readdirSync(readabilityNewsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const name of names) pages.push(corpusPage(name, path.join(readabilityNewsDir, name, 'source.html')));
  return pages;
}
