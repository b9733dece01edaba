import { launchFirefox } from './harness/firefox';
import { describeRuUkSuite } from './ru-uk.suite';

jest.setTimeout(90_000);
describeRuUkSuite('Firefox ESR', launchFirefox);
