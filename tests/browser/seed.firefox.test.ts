import { launchFirefox } from './harness/firefox';
import { describeSeedSuite } from './seed.suite';

jest.setTimeout(60_000);
describeSeedSuite('Firefox', launchFirefox);
