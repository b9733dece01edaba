import { launchChromiumUi } from './ui/chromium';
import { describeUiSuite } from './ui.suite';

jest.setTimeout(60_000);
describeUiSuite('Chromium', launchChromiumUi, { grantsPermissionRequests: false });
