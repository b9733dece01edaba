// RFE/RL, VOA and sister sites run on the Pangea CMS: the body is `#article-content .wsw`, with
// media and promo in `.wsw__embed`. Fact-check pages hold the checked claim in a second `.wsw`
// inside `.fc__body .statement`, which is not article text.
import type { Candidate } from "./types";

/** Pangea blocks inside the body that are not article text. */
const FURNITURE = [
  ".wsw__embed", ".fc__body", ".statement", ".verdict", ".share", ".share__list", ".media-block-wrap",
  ".most-popular", ".c-mmp", ".media-pholder", ".comments", ".c-hlights",
].join(",");

const CLAIM_BOX = ".fc__body, .statement";

export function findPangea(doc: Document): Candidate | null {
  const content = doc.getElementById("article-content");
  let root: Element | null = null;
  if (content) {
    for (const w of Array.from(content.querySelectorAll(".wsw"))) {
      if (!w.closest(CLAIM_BOX)) {
        root = w;
        break;
      }
    }
  }
  if (!root) return null;
  // Keep only the outermost furniture blocks: nested ones are left out with their parent.
  const body = root;
  const excluded = Array.from(body.querySelectorAll(FURNITURE)).filter((el) => {
    for (let p = el.parentElement; p && p !== body; p = p.parentElement) if (p.matches(FURNITURE)) return false;
    return true;
  });
  return { root: body, excluded, via: "pangea" };
}
