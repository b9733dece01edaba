import { launchChromium } from './harness/chromium';
import { describeSeedSuite } from './seed.suite';

jest.setTimeout(60_000);
describeSeedSuite('Chromium', launchChromium);
