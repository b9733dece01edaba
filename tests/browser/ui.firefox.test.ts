import { launchFirefoxUi } from './ui/firefox';
import { describeUiSuite } from './ui.suite';

jest.setTimeout(60_000);
describeUiSuite('Firefox', launchFirefoxUi, { grantsPermissionRequests: true });
