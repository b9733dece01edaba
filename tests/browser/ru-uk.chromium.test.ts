import { launchChromium } from './harness/chromium';
import { describeRuUkSuite } from './ru-uk.suite';

jest.setTimeout(60_000);
describeRuUkSuite('Chromium', launchChromium);
