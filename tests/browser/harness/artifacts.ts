// On a failing test, what each open tab looked like: a screenshot per tab under
// tests/browser/.artifacts/ (git-ignored; CI can keep the folder).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TestPage } from './driver';
import { repoRoot } from './paths';

export const artifactsDir = path.join(repoRoot, 'tests/browser/.artifacts');

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);

/** Screenshots from an earlier run would mislead: start each browser's folder empty. */
export async function clearScreenshots(browserName: string): Promise<void> {
  await fs.rm(path.join(artifactsDir, slug(browserName)), { recursive: true, force: true });
}

/** Best effort: a broken tab must not hide the test's own error. */
export async function saveScreenshots(browserName: string, testName: string, tabs: readonly TestPage[]): Promise<string[]> {
  const dir = path.join(artifactsDir, slug(browserName));
  await fs.mkdir(dir, { recursive: true });
  const saved: string[] = [];
  for (const [i, tab] of tabs.entries()) {
    const file = path.join(dir, `${slug(testName)}-${i + 1}.png`);
    const shot = tab.screenshot(file).then(() => saved.push(file));
    const giveUp = new Promise<void>((resolve) => setTimeout(resolve, 5000).unref());
    await Promise.race([shot, giveUp]).catch(() => undefined);
  }
  return saved;
}
