import { fail, ok } from '../api/errors';
import type { HostHandlers } from './dispatch';

/** Host handlers for a host with no dialogs, such as `compendium serve` or the CLI. */
export const noHostHandlers: HostHandlers = {
  'host.chooseFiles': () => fail('host.unavailable'),
  'host.chooseSaveFile': () => fail('host.unavailable'),
  // The files such a host writes are on the server, out of the user's reach: a browser downloads them instead.
  'host.showInFolder': () => fail('host.unavailable'),
  // With no menu of its own, such a host has nothing to translate.
  'host.setLanguage': ({ language }) => ok({ language }),
};
