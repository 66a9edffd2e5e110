// Keeps the checklist's running count up to date as the assessor answers: the number of "yes"
// answers, the level the count alone gives and the high-risk factors answered "yes". The page
// renders the same figures on the server, so without JavaScript they are right as of the last save.
const count = document.getElementById('dash-count');
const checklist = document.getElementById('dash');
if (count && checklist) {
  const questions = Array.from(checklist.querySelectorAll('[data-dash-question]'));
  const ranges = (count.dataset.levels || '').split(';').filter(Boolean).map(function (range) {
    const parts = range.split(':');
    return { min: Number(parts[0]), max: parts[1] === '' ? Infinity : Number(parts[1]), level: parts[2] };
  });
  const update = function () {
    let yes = 0;
    const flags = [];
    questions.forEach(function (question) {
      const chosen = question.querySelector('input[type=radio]:checked');
      if (chosen && chosen.value === 'YES') {
        yes++;
        if (question.dataset.highRisk === 'true') {
          flags.push(question.dataset.number);
        }
      }
    });
    count.querySelector('[data-yes]').textContent = String(yes);
    const range = ranges.find(function (r) { return yes >= r.min && yes <= r.max; });
    count.querySelector('[data-level]').textContent = range ? 'By the count alone: ' + range.level.toLowerCase() + '.' : '';
    count.querySelector('[data-flags]').textContent = flags.length === 0
      ? 'High-risk factors answered yes: none'
      : 'High-risk factors answered yes: question' + (flags.length === 1 ? ' ' : 's ') + flags.join(', ');
  };
  checklist.addEventListener('change', update);
  // answers given before this module ran (a quick tap on a slow connection) are counted too
  update();
}
