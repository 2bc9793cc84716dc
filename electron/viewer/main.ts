import { readPackData } from './packData';
import { startViewer } from './viewer';

// The viewer's entry point, run as a classic deferred script after viewer/pack-data.js and viewer/search-index.js.
const data = readPackData();
const root = document.getElementById('app');
const printRoot = document.getElementById('print-view');
if (data && root && printRoot) {
  document.getElementById('missing-data')?.remove();
  startViewer({ data, root, printRoot });
}
