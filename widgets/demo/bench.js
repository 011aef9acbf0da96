// The first render of the very first <rapport-reassessment> on a page: the element's construction,
// its first Preact render and every free-text field's language checker, after the bundle loaded.
import '/dist/widgets/rapport-widgets.js';

const t0 = performance.now();
const el = document.createElement('rapport-reassessment');
document.querySelector('main').append(el);
await el.updateComplete;
const ms = performance.now() - t0;
window.rapportFirstRender = ms;
document.getElementById('result').textContent = `First render of <rapport-reassessment>: ${ms.toFixed(1)} ms`;
