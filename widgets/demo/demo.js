// The demo portal's own script (a file, because the page's CSP forbids inline scripts): the
// language and theme switchers, and showing what the form submitted.
const root = document.documentElement;
const widgets = () => document.querySelectorAll('rapport-reassessment, rapport-card, rapport-card-deck, rapport-stage-guide, rapport-note-check');

const params = new URLSearchParams(location.search);
const lang = document.getElementById('demo-lang');
const theme = document.getElementById('demo-theme');

function setLang(value) {
  root.lang = value;
  lang.value = value;
}
function setTheme(value) {
  theme.value = value;
  if (value === 'auto') delete root.dataset.theme;
  else root.dataset.theme = value;
  for (const el of widgets()) el.setAttribute('theme', value);
}
lang.addEventListener('change', () => setLang(lang.value));
theme.addEventListener('change', () => setTheme(theme.value));
if (params.get('lang')) setLang(params.get('lang'));
if (params.get('theme')) setTheme(params.get('theme'));

const card = document.getElementById('single-card');
if (card && params.has('card')) card.setAttribute('card', params.get('card'));

const form = document.getElementById('reassessment-form');
const out = document.getElementById('submitted');
form?.addEventListener('submit', (event) => {
  // A real portal posts the form; the demo shows what would be posted.
  event.preventDefault();
  const data = new FormData(form);
  const raw = data.get('reassessment');
  out.textContent = typeof raw === 'string' ? JSON.stringify(JSON.parse(raw), null, 2) : 'The form sent no reassessment.';
});
form?.addEventListener('reset', () => {
  out.textContent = 'Nothing submitted yet.';
});
