// Lays a plain-text article (first line the headline, paragraphs separated by blank lines) out
// in Pangea markup, the CMS of RFE/RL and its services, as their article pages have it.
import fs from 'node:fs';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function pangeaPage(textPath: string, lang: string): { html: string; headline: string; paragraphs: string[] } {
  const [headline = '', ...paragraphs] = fs
    .readFileSync(textPath, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const html = `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title></head>
<body class="pg-article">
<div class="hdr"><ul class="navigation"><li><a href="/">Главная</a></li><li><a href="/z/1">Новости</a></li></ul></div>
<div class="c-hlights"><ul><li><a href="/a/1.html">«Мы не отступим», — заявил министр</a></li></ul></div>
<div id="content"><h1 class="title pg-title">${escapeHtml(headline)}</h1>
<div id="article-content" class="content-floated-wrap fb-quotable"><div class="wsw">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<div class="wsw__embed"><p class="perex">«Это не попадёт в выделение», — сказал редактор промоблока.</p></div>
</div></div></div>
<div class="media-block-wrap most-popular"><ul><li><a href="/a/2.html">«Популярное», — сказал читатель</a></li></ul></div>
</body></html>`;
  return { html, headline, paragraphs };
}
