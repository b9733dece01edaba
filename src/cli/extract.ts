// Command-line extractor: `npm run --silent extract -- [--lang xx] FILE...`. One file prints one
// JSON document; several print JSON Lines, one document a line with its `file`.
import { extractFile, parseArgs, type Options } from "./extractor";

function main(argv: string[]): number {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  let failed = 0;
  const many = options.files.length > 1;
  for (const file of options.files) {
    try {
      const doc = extractFile(file, options.lang);
      process.stdout.write(many ? `${JSON.stringify({ file, ...doc })}\n` : `${JSON.stringify(doc, null, 1)}\n`);
    } catch (error) {
      failed++;
      console.error(`${file}: ${(error as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
